import 'server-only';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { isAppError } from '@/lib/errors';
import { conflictBlockers, reviewerBlockers } from '@/lib/domain/review/can-decide';
import { extensionBlockers } from '@/lib/domain/review/can-extend';
import { diffReviewContent, parseReviewContent, type ReviewContent, type ReviewContentDiff } from '@/lib/domain/review/content';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { loadReviewContent } from '@/lib/queries/review/subject-content';
import { loadSubjectOrNull } from '@/lib/queries/review/subjects';
import { loadReviewerFacts } from '@/lib/queries/review/reviewer-facts';
import { listReviewHistory, type ReviewRoundView } from './list-review-history';

export type ReviewDetail = {
  review: ReviewRoundView & { subjectType: ReviewSubjectType; subjectId: string; subjectAuthorIds: string[] };
  // The subject as it is now (null when it is gone or its kind is not yet available).
  subject: { title: string; contentHash: string } | null;
  // What this round was submitted with (null: submitted before rounds kept their content and the
  // subject has changed since, so that version can no longer be shown).
  content: ReviewContent | null;
  // Round 2 onwards: what changed since the previous round (null for round 1 or without its content).
  diff: { fromRound: number; changes: ReviewContentDiff } | null;
  // Earlier rounds of the same subject, newest first.
  earlierRounds: ReviewRoundView[];
  // Why the viewer cannot decide / extend now (the same rules the services re-check).
  decideBlockers: Blocker[];
  extendBlockers: Blocker[];
  extensionDays: number;
};

export async function getReviewDetail(db: Db, input: { reviewId: string; viewerId: string; now?: Date }): Promise<ReviewDetail | null> {
  const row = await db.legalReview.findUnique({
    where: { id: input.reviewId },
    select: { id: true, subjectType: true, subjectId: true, subjectAuthorIds: true, submittedById: true },
  });
  if (!row) return null;
  const history = await listReviewHistory(db, row, input.now ? { now: input.now } : {});
  const current = history.find((round) => round.id === row.id);
  if (!current) return null;
  // A kind whose module refuses (AppError) shows as "not available"; anything else is a real error.
  const snapshot = await db
    .$transaction((tx) => loadSubjectOrNull(tx, row.subjectType, row.subjectId))
    .catch((error: unknown) => {
      if (isAppError(error)) return null;
      throw error;
    });
  const content = await roundContent(db, row.id, row.subjectType, row.subjectId, current.contentHash, snapshot?.contentHash ?? null);
  const previous = history.find((round) => round.round === current.round - 1);
  const previousContent = previous ? await roundContent(db, previous.id, row.subjectType, row.subjectId, previous.contentHash, snapshot?.contentHash ?? null) : null;
  const reviewer = await loadReviewerFacts(db, input.viewerId);
  const extensionDays = await readSetting(db, 'review.extensionWorkingDays');
  const roundFacts = { status: current.status, submittedById: row.submittedById, subjectAuthorIds: row.subjectAuthorIds, contentHash: current.contentHash };
  return {
    review: { ...current, subjectType: row.subjectType, subjectId: row.subjectId, subjectAuthorIds: row.subjectAuthorIds },
    subject: snapshot ? { title: snapshot.title, contentHash: snapshot.contentHash } : null,
    content,
    diff: previous && content && previousContent ? { fromRound: previous.round, changes: diffReviewContent(previousContent, content) } : null,
    earlierRounds: history.filter((round) => round.round < current.round),
    decideBlockers: reviewerBlockers({ round: roundFacts, reviewer, currentHash: snapshot?.contentHash ?? null }),
    extendBlockers: [...conflictBlockers(roundFacts, input.viewerId), ...extensionBlockers({ status: current.status, extendedDays: current.extendedDays, extensionDays })],
    extensionDays,
  };
}

/**
 * The content a round was submitted with: its snapshot, or (for a round submitted before rounds
 * kept one) the subject as it is now when that is still the version the round covers.
 */
export async function roundContent(
  db: Db,
  reviewId: string,
  subjectType: ReviewSubjectType,
  subjectId: string,
  roundHash: string,
  currentHash: string | null,
): Promise<ReviewContent | null> {
  const row = await db.legalReview.findUnique({ where: { id: reviewId }, select: { snapshot: true } });
  const stored = parseReviewContent(row?.snapshot ?? null);
  if (stored) return stored;
  if (currentHash === null || currentHash !== roundHash) return null;
  return db.$transaction((tx) => loadReviewContent(tx, subjectType, subjectId));
}
