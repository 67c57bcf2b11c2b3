import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db';
import { addWorkingDays, toShanghaiDate } from '@/lib/domain/calendar';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { CHECKLISTS } from '@/lib/domain/review/checkpoints';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { makeUser } from './users';

// A legal review row inserted directly (the review engine is built separately): submitted at
// `submittedAt`, due as the engine would compute it on the current calendar unless `dueOn` is given.
// The database creates reviews pending; a decided one is then decided as the engine would (nine
// noted checkpoints, an eligible reviewer, a date and, unless approving, an opinion).
export async function insertReview(
  db: Db,
  options: {
    submittedById: string;
    submittedAt: Date;
    status?: ReviewStatus;
    extendedDays?: number;
    workingDays?: number;
    dueOn?: string;
  },
) {
  const start = toShanghaiDate(options.submittedAt);
  const computed = addWorkingDays({
    start,
    days: (options.workingDays ?? 7) + (options.extendedDays ?? 0),
    calendar: await loadWorkingCalendar(db),
  });
  const dueOn = options.dueOn ?? computed.due;
  const review = await db.legalReview.create({
    data: {
      subjectType: 'MAJOR_ADMIN_DECISION',
      checklist: 'MAJOR_ADMIN_DECISION',
      subjectId: `decision-${randomBytes(6).toString('hex')}`,
      title: '关于调整社会救助标准的重大行政决策',
      subjectAuthorIds: [options.submittedById],
      round: 1,
      contentHash: randomBytes(32).toString('hex'),
      submittedById: options.submittedById,
      submittedAt: options.submittedAt,
      dueOn: new Date(`${dueOn}T00:00:00.000Z`),
      dueExplanation: computed.explanation as unknown as Prisma.InputJsonValue,
      extendedDays: options.extendedDays ?? 0,
    },
  });
  const status = options.status ?? 'PENDING';
  if (status === 'PENDING') return review;
  if (status === 'SUPERSEDED') return db.legalReview.update({ where: { id: review.id }, data: { status } });
  const reviewer = await makeUser(db, { roles: ['LEGAL_REVIEWER'], name: '期限测试法审' });
  await db.reviewCheckpoint.createMany({ data: CHECKLISTS.MAJOR_ADMIN_DECISION.map((key) => ({ reviewId: review.id, key, passed: true, note: '符合规定' })) });
  return db.legalReview.update({
    where: { id: review.id },
    data: { status, reviewerId: reviewer.id, decidedAt: options.submittedAt, opinion: status === 'APPROVED' ? null : '请修改' },
  });
}

export async function reviewDue(db: Db, id: string): Promise<{ dueOn: string; explanation: Prisma.JsonValue }> {
  const review = await db.legalReview.findUniqueOrThrow({ where: { id } });
  return { dueOn: review.dueOn.toISOString().slice(0, 10), explanation: review.dueExplanation };
}

// Everything a calendar or settings change could write, to assert that a refusal wrote nothing.
export async function calendarSnapshot(db: Db) {
  const [holidays, settings, reviews, audit] = await Promise.all([
    db.holiday.findMany({ orderBy: { date: 'asc' } }),
    db.setting.findMany({ orderBy: { key: 'asc' } }),
    db.legalReview.findMany({ orderBy: { id: 'asc' }, select: { id: true, dueOn: true, dueExplanation: true } }),
    db.auditEvent.count(),
  ]);
  return { holidays, settings, reviews, audit };
}

/** 10:00 in Beijing on `date`. */
export function beijingMorning(date: string): Date {
  return new Date(`${date}T10:00:00+08:00`);
}
