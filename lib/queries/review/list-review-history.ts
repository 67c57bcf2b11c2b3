import 'server-only';
import type { Db } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar';
import { ALL_CHECKPOINT_KEYS, CHECKPOINT_LABELS, type CheckpointKey, type Checklist } from '@/lib/domain/review/checkpoints';
import type { ReviewStatus, ReviewSubjectType } from '@/lib/generated/prisma/enums';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { dueView, type ReviewDueView } from './due-view';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type ReviewRoundView = ReviewDueView & {
  id: string;
  round: number;
  title: string;
  status: ReviewStatus;
  checklist: Checklist;
  contentHash: string;
  submitterName: string;
  submittedAt: Date;
  reviewerName: string | null;
  decidedAt: Date | null;
  opinion: string | null;
  checkpoints: { key: CheckpointKey; label: string; passed: boolean; note: string }[];
  externalOpinions: { id: string; issuingBody: string; documentNumber: string; issuedOn: IsoDate; summary: string; attachmentId: string | null }[];
};

/** Every round a subject has been through, newest first, with checkpoints and opinions. */
export async function listReviewHistory(db: Db, subject: { subjectType: ReviewSubjectType; subjectId: string }, options: { now?: Date } = {}): Promise<ReviewRoundView[]> {
  const now = options.now ?? new Date();
  const [rows, calendar] = await Promise.all([
    db.legalReview.findMany({
      where: { subjectType: subject.subjectType, subjectId: subject.subjectId },
      orderBy: { round: 'desc' },
      include: {
        submittedBy: { select: { name: true } },
        reviewer: { select: { name: true } },
        checkpoints: true,
        externalOpinions: { orderBy: { issuedOn: 'asc' } },
      },
    }),
    loadWorkingCalendar(db),
  ]);
  return rows.map((row) => ({
    id: row.id,
    round: row.round,
    title: row.title,
    status: row.status,
    checklist: row.checklist,
    contentHash: row.contentHash,
    submitterName: row.submittedBy.name,
    submittedAt: row.submittedAt,
    reviewerName: row.reviewer?.name ?? null,
    decidedAt: row.decidedAt,
    opinion: row.opinion,
    checkpoints: [...row.checkpoints]
      .sort((a, b) => ALL_CHECKPOINT_KEYS.indexOf(a.key) - ALL_CHECKPOINT_KEYS.indexOf(b.key))
      .map((c) => ({ key: c.key, label: CHECKPOINT_LABELS[c.key], passed: c.passed, note: c.note })),
    externalOpinions: row.externalOpinions.map((o) => ({
      id: o.id,
      issuingBody: o.issuingBody,
      documentNumber: o.documentNumber,
      issuedOn: isoOfDateColumn(o.issuedOn),
      summary: o.summary,
      attachmentId: o.attachmentId,
    })),
    ...dueView(row, { now, calendar }),
  }));
}
