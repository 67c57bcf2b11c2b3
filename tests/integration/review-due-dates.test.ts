import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { countReviews } from '@/lib/queries/review/count-reviews';
import { listReviewQueue } from '@/lib/queries/review/list-review-queue';
import { extendReview } from '@/lib/services/review/extend-review';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { makeContract, makeDecision, makeQualifiedReviewer } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

// Working-day due dates on the Holiday table the migration seeds (2021–2026), across the 2024 and
// 2025 Spring Festival and National Day breaks with their make-up working days.
const db = () => getDb();
let drafter: Actor;
let reviewer: Actor;
beforeAll(async () => {
  drafter = await makeUser(db(), { roles: ['EDITOR', 'DIRECTOR'], name: '送审人' });
  reviewer = await makeQualifiedReviewer(db());
});

async function submittedAt(instant: string, title: string) {
  const decision = await makeDecision(db(), drafter, { title });
  const review = await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id }, new Date(instant));
  return db().legalReview.findUniqueOrThrow({ where: { id: review.id } });
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('review due dates on the seeded holiday calendar', () => {
  it.each([
    // [submitted (UTC instant), Beijing date, due, why]
    ['2024-02-08T01:00:00Z', '2024-02-08', '2024-02-23', '2024 春节: 02-10…02-17 off, Sun 02-18 make-up counted'],
    ['2024-02-07T16:30:00Z', '2024-02-08', '2024-02-23', '00:30 Beijing time is already the 8th'],
    ['2025-01-24T02:00:00Z', '2025-01-24', '2025-02-10', '2025 春节: Sun 01-26 and Sat 02-08 make-up, 01-28…02-04 off'],
    ['2024-09-27T02:00:00Z', '2024-09-27', '2024-10-12', '2024 国庆: Sun 09-29 and Sat 10-12 make-up, 10-01…10-07 off'],
    ['2025-09-30T02:00:00Z', '2025-09-30', '2025-10-16', '2025 国庆+中秋: 10-01…10-08 off, Sat 10-11 make-up'],
  ])('submitted %s (Beijing %s) is due %s — %s', async (instant, beijing, due) => {
    const review = await submittedAt(instant, `期限测试 ${instant}`);
    expect(iso(review.dueOn)).toBe(due);
    expect(review.dueExplanation).toMatchObject({ rule: 'WORKING_DAYS', start: beijing, days: 7, due });
  });

  it('explains the computation in the queue, naming the holiday and the make-up day', async () => {
    const review = await submittedAt('2024-02-08T03:00:00Z', '春节期限说明');
    const item = (await listReviewQueue(db(), { now: new Date('2024-02-19T02:00:00Z') })).find((i) => i.id === review.id);
    expect(item?.dueExplanation).toBe('自2024-02-08次日起算7个工作日，跳过春节假期（2024-02-10至2024-02-17），计入调休上班日2024-02-18，截止2024-02-23');
    expect(item?.deadline).toEqual({ status: 'ok', remainingWorkingDays: 4 });
  });

  it('extends by 3 working days across the 2025 National Day break', async () => {
    const review = await submittedAt('2025-09-19T02:00:00Z', '国庆前延期');
    expect(iso(review.dueOn)).toBe('2025-09-29');
    await extendReview(db(), reviewer, { reviewId: review.id, extensionReason: '需补充材料' });
    const extended = await db().legalReview.findUniqueOrThrow({ where: { id: review.id } });
    expect(iso(extended.dueOn)).toBe('2025-10-10');
    expect(extended.dueExplanation).toMatchObject({ start: '2025-09-19', days: 10, due: '2025-10-10' });
  });

  it('uses the configured number of working days', async () => {
    await db().setting.update({ where: { key: 'review.workingDays' }, data: { value: 10 } });
    try {
      const review = await submittedAt('2024-03-04T02:00:00Z', '十个工作日');
      expect(iso(review.dueOn)).toBe('2024-03-18');
    } finally {
      await db().setting.update({ where: { key: 'review.workingDays' }, data: { value: 7 } });
    }
  });

  it('flags due-soon and overdue rounds for the dashboards', async () => {
    const contract = await makeContract(db(), drafter, { title: '超期合同' });
    await submitForReview(db(), drafter, { subjectType: 'ADMIN_CONTRACT', subjectId: contract.id }, new Date('2024-02-08T02:00:00Z'));
    // On Wed 2024-02-21 two working days remain for reviews due Fri 02-23; on 02-26 they are overdue.
    const soon = await countReviews(db(), { now: new Date('2024-02-21T02:00:00Z') });
    expect(soon.dueSoon).toBeGreaterThanOrEqual(1);
    const late = await countReviews(db(), { now: new Date('2024-02-26T02:00:00Z') });
    expect(late.overdue).toBeGreaterThanOrEqual(3);
    expect(late.pendingByType.ADMIN_CONTRACT).toBe(1);
    expect(late.pending).toBe(late.pendingByType.MAJOR_ADMIN_DECISION + 1);
    const queue = await listReviewQueue(db(), { now: new Date('2024-02-26T02:00:00Z') });
    expect(queue.find((i) => i.subjectId === contract.id)?.deadline?.status).toBe('overdue');
  });
});
