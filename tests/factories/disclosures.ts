import { toActor, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { CHECKLISTS } from '@/lib/domain/review/checkpoints';
import type { CreateDisclosureInput } from '@/lib/schemas/disclosure';
import { createDraft } from '@/lib/services/disclosure/create-draft';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { decideReview } from '@/lib/services/review/decide-review';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { makeUser } from './users';

// Disclosures are made through the same services the staff pages call (same rules, same audit).

export const noticeInput = (overrides: Partial<CreateDisclosureInput> = {}): CreateDisclosureInput => ({
  category: 'NOTICE',
  title: '关于开展养老机构消防安全检查的通告',
  summary: '全区养老机构消防安全检查安排',
  body: '为加强养老机构消防安全管理，区民政局决定开展专项检查。\n\n特此通告。',
  sourceDepartment: '市中区民政局',
  formedOn: '2026-01-05',
  ...overrides,
});

export async function makeReviewer(db: Db): Promise<Actor> {
  const reviewer = await makeUser(db, { roles: ['LEGAL_REVIEWER'], name: '审核员' });
  // A first-time reviewer needs a legal-profession qualification on record.
  await db.user.update({ where: { id: reviewer.id }, data: { legalQualificationNo: 'A20190001' } });
  return reviewer;
}

export async function makeDraft(db: Db, editor: Actor, overrides: Partial<CreateDisclosureInput> = {}) {
  return createDraft(db, editor, noticeInput(overrides));
}

/** A second editor who signs off secrecy checks: the author may not check their own item (条例第十七条). */
export async function secrecyChecker(db: Db): Promise<Actor> {
  const existing = await db.user.findUnique({ where: { email: 'secrecy-checker@test.local' } });
  return existing ? toActor(existing) : makeUser(db, { roles: ['EDITOR'], name: '保密审查员', email: 'secrecy-checker@test.local' });
}

export async function checkAndSubmit(db: Db, editor: Actor, id: string) {
  await recordSecrecyCheck(db, await secrecyChecker(db), { id, note: '不涉及国家秘密' });
  return submitForReview(db, editor, { subjectType: 'DISCLOSURE', subjectId: id });
}

export async function decide(db: Db, reviewer: Actor, reviewId: string, outcome: 'APPROVED' | 'RETURNED' | 'REFERRED', opinion = '') {
  const { checklist } = await db.legalReview.findUniqueOrThrow({ where: { id: reviewId }, select: { checklist: true } });
  return decideReview(db, reviewer, {
    reviewId,
    checklist,
    outcome,
    opinion,
    checkpoints: CHECKLISTS[checklist].map((key) => ({ key, passed: true, note: '符合规定' })),
  });
}

// A notice through secrecy check, submission and approval: ready to publish.
export async function makeApprovedNotice(db: Db, editor: Actor, reviewer: Actor, overrides: Partial<CreateDisclosureInput> = {}) {
  const draft = await makeDraft(db, editor, overrides);
  const review = await checkAndSubmit(db, editor, draft.id);
  await decide(db, reviewer, review.id, 'APPROVED');
  return db.disclosure.findUniqueOrThrow({ where: { id: draft.id } });
}

export async function disclosureCounts(db: Db) {
  const [disclosures, published, audit, counters] = await Promise.all([
    db.disclosure.count(),
    db.disclosure.count({ where: { status: 'PUBLISHED' } }),
    db.auditEvent.count(),
    db.indexCounter.findMany({ orderBy: { year: 'asc' } }),
  ]);
  return { disclosures, published, audit, counters };
}
