import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as downloadAttachment } from '@/app/(public)/attachments/[id]/route';
import { updateSettingAction } from '@/app/(staff)/staff/admin/settings/actions';
import { decideReviewAction } from '@/app/(staff)/staff/reviews/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { DISCLOSURE_CATEGORIES, LAW_GATED_CATEGORIES, requiresReview } from '@/lib/domain/disclosure/categories';
import { REVIEW_MISSING_MESSAGE } from '@/lib/domain/disclosure/rules';
import { getReviewDetail } from '@/lib/queries/review/get-review-detail';
import { attachDisclosureFile } from '@/lib/services/disclosure/attach-disclosure-file';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { updateMajorDecision } from '@/lib/services/matters/update-major-decision';
import { caseInclude } from '@/lib/queries/enforcement/case-state';
import { recordHearingResponse } from '@/lib/services/enforcement/hearing';
import { enforcementContentHash } from '@/lib/domain/enforcement/review-content';
import { decideReview } from '@/lib/services/review/decide-review';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { actAs, form } from '../setup/act-as';
import { checkAndSubmit, disclosureCounts, makeApprovedNotice, makeDraft, makeReviewer, noticeInput, secrecyChecker } from '../factories/disclosures';
import { addRecording, advance, caseFields, caseSnapshot, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';
import { decisionFields, decisionInput, makeDecision } from '../factories/review';
import { ensureAdmin, makeUser } from '../factories/users';

// Issue 10, observations 3 (a)–(g), 4 and the first half of 9: the review state machine holds in
// the database against the portal's own role. getDb() connects as portal_app, so every raw
// statement below is what a compromised application (or a careless script) could send.

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock('next/navigation', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/navigation')>()), redirect: vi.fn() }));
vi.mock('@/lib/public-cache', () => ({ refreshPublicDisclosures: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'trust-review-db-'));
process.env.STORAGE_DIR = storageDir;

const db = () => getDb();
const raw = (sql: string, ...values: unknown[]) => db().$executeRawUnsafe(sql, ...values);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  editor = await makeUser(db(), { roles: ['EDITOR'], name: '信任编辑' });
  reviewer = await makeReviewer(db());
});
afterAll(() => {
  rmSync(storageDir, { recursive: true, force: true });
});

const reviewRow = (id: string) => db().legalReview.findUniqueOrThrow({ where: { id }, include: { checkpoints: true } });
const disclosureRow = (id: string) => db().disclosure.findUniqueOrThrow({ where: { id } });
const rawPublish = (id: string) => raw(`UPDATE "Disclosure" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, id);

/** Publication is still refused through the service and by raw SQL, and nothing was written. */
async function expectPublicationRefused(id: string) {
  const before = await disclosureCounts(db());
  const row = await disclosureRow(id);
  await expect(publishDisclosure(db(), editor, { id })).rejects.toMatchObject({ code: 'RULE_VIOLATION', userMessage: expect.stringContaining(REVIEW_MISSING_MESSAGE) });
  await expect(rawPublish(id)).rejects.toThrow(/legal review gate/);
  expect(await disclosureCounts(db())).toEqual(before);
  expect(await disclosureRow(id)).toEqual(row);
}

async function pendingNotice(title: string) {
  const draft = await makeDraft(db(), editor, { title });
  const review = await checkAndSubmit(db(), editor, draft.id);
  return { draft, review };
}

describe('3(a)–(c): reviews are created pending and decided once, in the database', () => {
  it('(a) refuses UPDATE status=APPROVED on a pending review, even with a reviewer and a date but no checkpoints', async () => {
    const { draft, review } = await pendingNotice('（a）待审通告');
    await expect(raw(`UPDATE "LegalReview" SET status = 'APPROVED' WHERE id = $1`, review.id)).rejects.toThrow(/decision needs a reviewer/);
    await expect(raw(`UPDATE "LegalReview" SET status = 'APPROVED', "reviewerId" = $2, "decidedAt" = now() WHERE id = $1`, review.id, reviewer.id)).rejects.toThrow(
      /every checkpoint/,
    );
    expect(await reviewRow(review.id)).toMatchObject({ status: 'PENDING', reviewerId: null, decidedAt: null, checkpoints: [] });
    // The item is still in review: nothing publishes it.
    expect((await disclosureRow(draft.id)).status).toBe('IN_REVIEW');
    await raw(`UPDATE "Disclosure" SET status = 'APPROVED' WHERE id = $1`, draft.id);
    await expectPublicationRefused(draft.id);
  });

  it('(b) refuses INSERT of an APPROVED review with the current content hash', async () => {
    const draft = await makeDraft(db(), editor, { title: '（b）伪造审核记录的通告' });
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' });
    const { contentHash } = await disclosureRow(draft.id);
    const reviews = await db().legalReview.count();
    await expect(
      raw(
        `INSERT INTO "LegalReview" (id, "subjectType", "subjectId", title, "subjectAuthorIds", round, "contentHash", status, "submittedById", "dueOn", "dueExplanation", "reviewerId", "decidedAt")
         VALUES ($1, 'DISCLOSURE', $2, '伪造', '{}', 1, $3, 'APPROVED', $4, '2026-01-10', '{}', $5, now())`,
        `forged${randomUUID().slice(0, 8)}`,
        draft.id,
        contentHash,
        editor.id,
        reviewer.id,
      ),
    ).rejects.toThrow(/created pending/);
    expect(await db().legalReview.count()).toBe(reviews);
    await expectPublicationRefused(draft.id);
  });

  it('(c) a decided approval cannot be superseded, re-approved or re-pointed at the new hash after a body change', async () => {
    const notice = await makeApprovedNotice(db(), editor, reviewer, { title: '（c）审核后修改的通告' });
    const approved = await db().legalReview.findFirstOrThrow({ where: { subjectId: notice.id, status: 'APPROVED' }, include: { checkpoints: true } });
    await updateDraft(db(), editor, { id: notice.id, expectedUpdatedAt: notice.updatedAt.toISOString(), ...noticeInput(), title: notice.title, body: `${notice.body}（修改）` });
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: notice.id, note: '' });
    const edited = await disclosureRow(notice.id);
    expect(edited.contentHash).not.toBe(approved.contentHash);

    await expect(raw(`UPDATE "LegalReview" SET status = 'SUPERSEDED' WHERE id = $1`, approved.id)).rejects.toThrow(/cannot be changed/);
    await expect(raw(`UPDATE "LegalReview" SET "contentHash" = $2 WHERE id = $1`, approved.id, edited.contentHash)).rejects.toThrow(/cannot be changed/);
    await expect(raw(`UPDATE "ReviewCheckpoint" SET passed = false WHERE "reviewId" = $1`, approved.id)).rejects.toThrow(/checkpoints cannot be changed/);
    await expect(raw(`DELETE FROM "ReviewCheckpoint" WHERE "reviewId" = $1`, approved.id)).rejects.toThrow(/checkpoints cannot be changed/);
    await expect(raw(`DELETE FROM "LegalReview" WHERE id = $1`, approved.id)).rejects.toThrow(/cannot be deleted/);
    expect(await reviewRow(approved.id)).toEqual(approved);
    await expectPublicationRefused(notice.id);

    // A pending round superseded (by a resubmission) is closed for good as well.
    const { review } = await pendingNotice('（c）被取代的送审');
    await raw(`UPDATE "LegalReview" SET status = 'SUPERSEDED' WHERE id = $1`, review.id);
    for (const status of ['APPROVED', 'PENDING']) {
      await expect(raw(`UPDATE "LegalReview" SET status = $2::"ReviewStatus" WHERE id = $1`, review.id, status)).rejects.toThrow(/SUPERSEDED review cannot be changed/);
    }
    expect((await reviewRow(review.id)).status).toBe('SUPERSEDED');
  });

  it('a decision needs an active legal reviewer who is not the submitter; the approval it records has every point of its checklist passed', async () => {
    const { review } = await pendingNotice('（a）规则完整的通告');
    const keys = ['DC_LEGAL_BASIS', 'DC_ISSUER', 'DC_STATE_SECRET', 'DC_PRIVACY', 'DC_CONSISTENCY']; // a notice's checklist
    for (const key of keys) {
      await raw(`INSERT INTO "ReviewCheckpoint" ("reviewId", key, passed, note) VALUES ($1, $2::"ReviewCheckpointKey", $3, '说明')`, review.id, key, key !== 'DC_ISSUER');
    }
    const decide = (userId: string) => raw(`UPDATE "LegalReview" SET status = 'APPROVED', "reviewerId" = $2, "decidedAt" = now() WHERE id = $1`, review.id, userId);
    await expect(decide(editor.id)).rejects.toThrow(/not an active legal reviewer/);
    await expect(decide(reviewer.id)).rejects.toThrow(/failed checkpoint/);
    const inactive = await makeReviewer(db());
    await db().user.update({ where: { id: inactive.id }, data: { active: false } });
    await expect(decide(inactive.id)).rejects.toThrow(/not an active legal reviewer/);
    expect((await reviewRow(review.id)).status).toBe('PENDING');
  });
});

describe('9 (first half): an editor of the text may not review it', () => {
  it('refuses, through the review action and on the review page, a reviewer who rewrote the draft; the database refuses too', async () => {
    const editingReviewer = await makeUser(db(), { roles: ['LEGAL_REVIEWER', 'EDITOR'], name: '改稿的法审' });
    await db().user.update({ where: { id: editingReviewer.id }, data: { legalQualificationNo: 'A20190002' } });
    const draft = await makeDraft(db(), editor, { title: '（9）他人改写的通告' });
    await updateDraft(db(), editingReviewer, { id: draft.id, expectedUpdatedAt: draft.updatedAt.toISOString(), ...noticeInput(), title: draft.title, body: '改写后的正文。' });
    expect((await disclosureRow(draft.id)).editorIds).toEqual([editingReviewer.id]);
    const review = await checkAndSubmit(db(), editor, draft.id);
    expect((await reviewRow(review.id)).subjectAuthorIds.sort()).toEqual([editor.id, editingReviewer.id].sort());

    const detail = await getReviewDetail(db(), { reviewId: review.id, viewerId: editingReviewer.id });
    expect(detail?.decideBlockers.map((b) => b.message)).toContain('不能审核本人起草或修改的事项');

    await actAs(editingReviewer);
    const before = await disclosureCounts(db());
    const state = await decideReviewAction(initialActionState, form(decisionFields(review.id, 'APPROVED', { checklist: 'DISCLOSURE' })));
    expect(state).toEqual({ ok: false, message: '不能审核本人起草或修改的事项' });
    expect(await disclosureCounts(db())).toEqual(before);
    expect(await reviewRow(review.id)).toMatchObject({ status: 'PENDING', checkpoints: [] });

    // A caller passing a short author list does not help: the database adds author and editors.
    await raw(`UPDATE "LegalReview" SET status = 'SUPERSEDED' WHERE id = $1`, review.id);
    const forgedId = `short${randomUUID().slice(0, 8)}`;
    await raw(
      `INSERT INTO "LegalReview" (id, "subjectType", "subjectId", title, "subjectAuthorIds", round, "contentHash", "submittedById", "dueOn", "dueExplanation")
       SELECT $1, 'DISCLOSURE', d.id, d.title, '{}', 2, d."contentHash", $3, '2026-01-10', '{}' FROM "Disclosure" d WHERE d.id = $2`,
      forgedId,
      draft.id,
      editor.id,
    );
    expect((await reviewRow(forgedId)).subjectAuthorIds).toEqual(expect.arrayContaining([editor.id, editingReviewer.id]));
    await expect(decideReview(db(), editingReviewer, decisionInput(forgedId, 'APPROVED', '', 'DISCLOSURE'))).rejects.toThrow('不能审核本人起草或修改的事项');
    // Raw SQL naming the editor as reviewer, over a complete set of checkpoints, is refused as well.
    for (const entry of decisionInput(forgedId, 'APPROVED', '', 'DISCLOSURE').checkpoints) {
      await raw(`INSERT INTO "ReviewCheckpoint" ("reviewId", key, passed, note) VALUES ($1, $2::"ReviewCheckpointKey", true, $3)`, forgedId, entry.key, entry.note);
    }
    await expect(raw(`UPDATE "LegalReview" SET status = 'APPROVED', "reviewerId" = $2, "decidedAt" = now() WHERE id = $1`, forgedId, editingReviewer.id)).rejects.toThrow(
      /submitted, wrote or edited/,
    );
    expect((await reviewRow(forgedId)).status).toBe('PENDING');
    // And editors cannot be struck off the item to get round it.
    await expect(raw(`UPDATE "Disclosure" SET "editorIds" = '{}' WHERE id = $1`, draft.id)).rejects.toThrow(/never removed/);
  });
  it('keeps the editors of major decisions as a column too; the database fills the review author list from it', async () => {
    const drafter = await makeUser(db(), { roles: ['DIRECTOR'], name: '决策起草人' });
    const reviser = await makeUser(db(), { roles: ['LEGAL_REVIEWER', 'OFFICER'], name: '改稿的法审二' });
    await db().user.update({ where: { id: reviser.id }, data: { legalQualificationNo: 'A20190003' } });
    const decision = await makeDecision(db(), drafter, { title: '（9）被改写的决策' });
    await updateMajorDecision(db(), reviser, { id: decision.id, title: decision.title, description: '改写后的草案' });
    expect((await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decision.id } })).editorIds).toEqual([reviser.id]);
    await expect(raw(`UPDATE "MajorAdminDecision" SET "editorIds" = '{}' WHERE id = $1`, decision.id)).rejects.toThrow(/never removed/);
    const round = await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    expect((await reviewRow(round.id)).subjectAuthorIds.sort()).toEqual([drafter.id, reviser.id].sort());
    await expect(decideReview(db(), reviser, decisionInput(round.id, 'APPROVED'))).rejects.toThrow('不能审核本人起草或修改的事项');
    expect((await reviewRow(round.id)).status).toBe('PENDING');
  });
});

describe('3(d) and 4: the categories the law names are gated whatever the settings', () => {
  it('domain requiresReview and the SQL gate agree on every category under every setting value', async () => {
    const values: string[][] = [
      [],
      ['NOTICE'],
      ['WORK_NEWS'],
      ['NORMATIVE_DOCUMENT', 'ANNUAL_REPORT'],
      [...LAW_GATED_CATEGORIES],
      [...DISCLOSURE_CATEGORIES],
      ['ENFORCEMENT_PUBLICITY', 'POLICY_INTERPRETATION'],
    ];
    for (const value of values) {
      for (const category of DISCLOSURE_CATEGORIES) {
        const [row] = await db().$queryRawUnsafe<{ gated: boolean }[]>(
          `SELECT disclosure_requires_review_under($1::"DisclosureCategory", $2::jsonb) AS gated`,
          category,
          JSON.stringify(value),
        );
        const gated = row?.gated;
        expect(gated, `${category} under ${JSON.stringify(value)}`).toBe(requiresReview(category, value));
        if ((LAW_GATED_CATEGORIES as readonly string[]).includes(category)) expect(gated).toBe(true);
      }
    }
    const stored = (await db().setting.findUniqueOrThrow({ where: { key: 'review.requiredCategories' } })).value as string[];
    for (const category of DISCLOSURE_CATEGORIES) {
      const [row] = await db().$queryRawUnsafe<{ gated: boolean }[]>(`SELECT disclosure_requires_review($1::"DisclosureCategory") AS gated`, category);
      expect(row?.gated, category).toBe(requiresReview(category, stored));
    }
  });

  it('(d) refuses UPDATE "Setting" dropping NOTICE / NORMATIVE_DOCUMENT; unreviewed items of those categories still cannot be published', async () => {
    const before = await db().setting.findUniqueOrThrow({ where: { key: 'review.requiredCategories' } });
    for (const value of ['["ANNUAL_REPORT"]', '[]', '"NOTICE"']) {
      await expect(raw(`UPDATE "Setting" SET value = $1::jsonb WHERE key = 'review.requiredCategories'`, value)).rejects.toThrow(/must keep/);
    }
    expect(await db().setting.findUniqueOrThrow({ where: { key: 'review.requiredCategories' } })).toEqual(before);
    for (const category of ['NOTICE', 'NORMATIVE_DOCUMENT'] as const) {
      const draft = await makeDraft(db(), editor, { category, title: `（d）未经审核的${category}` });
      await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' });
      await expectPublicationRefused(draft.id);
    }
  });

  it('4: an administrator cannot switch off review of normative documents in the settings; publishing one unreviewed is refused', async () => {
    const admin = await ensureAdmin(db());
    await actAs(admin);
    const before = await db().setting.findUniqueOrThrow({ where: { key: 'review.requiredCategories' } });
    const audit = await db().auditEvent.count();
    const state = await updateSettingAction(initialActionState, form({ key: 'review.requiredCategories', value: ['NOTICE', 'ANNUAL_REPORT'] }));
    expect(state.ok).toBe(false);
    expect(state.message).toBe('“发布前须经法制审核的公开类别”必须包含规范性文件（固定项，不能取消）');
    expect(await db().setting.findUniqueOrThrow({ where: { key: 'review.requiredCategories' } })).toEqual(before);
    expect(await db().auditEvent.count()).toBe(audit);

    const draft = await makeDraft(db(), editor, { category: 'NORMATIVE_DOCUMENT', title: '关于规范养老服务收费的规定' });
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' });
    await expectPublicationRefused(draft.id);
  });
});

describe('3(e): the files of a published or approved item cannot change, and downloads verify them', () => {
  it('refuses swapping, removing or adding a file under a published notice; a file changed on disk is refused with 409, not served', async () => {
    const store = getAttachmentStore();
    const draft = await makeDraft(db(), editor, { title: '（e）带附件的通告' });
    const attachment = await attachDisclosureFile(
      db(),
      editor,
      { disclosureId: draft.id, fileName: '名单.pdf', declaredType: 'application/pdf', stream: Readable.from([PDF]) },
      { store },
    );
    const other = await store.put(Readable.from([Buffer.concat([PDF, Buffer.from('% other\n')])]), { fileName: '其他.pdf', declaredType: 'application/pdf', maxBytes: 1 << 20 });
    const review = await checkAndSubmit(db(), editor, draft.id);
    await decideReview(db(), reviewer, decisionInput(review.id, 'APPROVED', '', 'DISCLOSURE'));
    const approvedRow = await db().attachment.findUniqueOrThrow({ where: { id: attachment.id } });

    // Approved, not yet published: already frozen.
    await expect(raw(`UPDATE "Attachment" SET "storageKey" = $2, size = $3 WHERE id = $1`, attachment.id, other.key, other.size)).rejects.toThrow(/changed in place/);
    await publishDisclosure(db(), editor, { id: draft.id });
    const published = await disclosureRow(draft.id);

    await expect(raw(`UPDATE "Attachment" SET "storageKey" = $2, size = $3 WHERE id = $1`, attachment.id, other.key, other.size)).rejects.toThrow(/changed in place/);
    await expect(raw(`UPDATE "Attachment" SET "mimeType" = 'text/html' WHERE id = $1`, attachment.id)).rejects.toThrow(/changed in place/);
    await expect(raw(`DELETE FROM "Attachment" WHERE id = $1`, attachment.id)).rejects.toThrow(/cannot be changed/);
    await expect(
      raw(
        `INSERT INTO "Attachment" (id, "storageKey", "fileName", "mimeType", size, sha256, "disclosureId") VALUES ($1, $2, '追加.pdf', 'application/pdf', $3, $4, $5)`,
        `added${randomUUID().slice(0, 8)}`,
        other.key,
        other.size,
        other.sha256,
        draft.id,
      ),
    ).rejects.toThrow(/cannot be changed/);
    expect(await db().attachment.findUniqueOrThrow({ where: { id: attachment.id } })).toEqual(approvedRow);
    expect(await db().attachment.count({ where: { disclosureId: draft.id } })).toBe(1);
    expect(await disclosureRow(draft.id)).toEqual(published);

    const get = () => downloadAttachment(new Request(`http://localhost/attachments/${attachment.id}`), { params: Promise.resolve({ id: attachment.id }) });
    const served = await get();
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(PDF)).toBe(true);

    // The file on disk replaced behind the database's back: refused, in Chinese, and logged.
    writeFileSync(path.join(storageDir, 'objects', approvedRow.storageKey), Buffer.concat([PDF, Buffer.from('% tampered\n')]));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = await get();
    expect(refused.status).toBe(409);
    expect(await refused.text()).toBe('该附件文件与登记的校验值不一致，已停止提供下载，请联系网站管理员。');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`[attachments] ${attachment.id}`));
    warn.mockRestore();
  });
});

describe('3(f) and (g): major enforcement decisions and case identifiers', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await makeCaseWorld(db());
  });

  /** A penalty case with a 20,000 yuan fine (major) at LEGAL_REVIEW. */
  async function majorCaseAtReview(title: string) {
    const filed = await fileTestCase(db(), w.officer, caseFields(w, { caseTitle: title }), at('2026-01-05'));
    await advance(db(), w.officer, filed.id, 'INVESTIGATION', {}, at('2026-01-06'));
    await addRecording(db(), filed.id, w.officer.id, at('2026-01-07'));
    await advance(
      db(),
      w.officer,
      filed.id,
      'RIGHTS_NOTICE',
      { penaltyKinds: ['FINE'], fineAmount: '20000', noticeServedOn: '2026-01-20', hearingRightStated: 'on' },
      at('2026-01-20'),
    );
    await advance(db(), w.officer, filed.id, 'STATEMENT_OR_HEARING', {}, at('2026-01-21'));
    await recordHearingResponse(db(), w.officer, { caseId: filed.id, response: 'WAIVE', respondedOn: '2026-01-22' }, at('2026-01-22'));
    await advance(db(), w.officer, filed.id, 'LEGAL_REVIEW', {}, at('2026-01-26'));
    expect((await db().enforcementCase.findUniqueOrThrow({ where: { id: filed.id } })).isMajor).toBe(true);
    return filed.id;
  }

  const sqlHash = async (caseId: string) => (await db().$queryRawUnsafe<{ hash: string }[]>(`SELECT enforcement_review_hash_of($1) AS hash`, caseId))[0]!.hash;
  const jsHash = async (caseId: string) => enforcementContentHash(await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId }, include: caseInclude }));

  it('(f) refuses SET state=DECISION (or a decision date) on a major case without an approved review of its current content', async () => {
    const caseId = await majorCaseAtReview('（f）重大案件未经审核直接决定案');
    const before = await caseSnapshot(db(), caseId);
    const steps = await db().caseStep.count({ where: { caseId } });
    for (const state of ['DECISION', 'BAN_DECISION']) {
      await expect(raw(`UPDATE "EnforcementCase" SET state = $2 WHERE id = $1`, caseId, state)).rejects.toThrow(/enforcement decision gate/);
    }
    await expect(raw(`UPDATE "EnforcementCase" SET "decidedOn" = '2026-02-12', "decisionNumber" = '伪造' WHERE id = $1`, caseId)).rejects.toThrow(/enforcement decision gate/);
    await expect(raw(`UPDATE "EnforcementCase" SET state = 'DECISION', "isMajor" = false WHERE id = $1`, caseId)).rejects.toThrow(/enforcement decision gate/);
    expect(await caseSnapshot(db(), caseId)).toEqual(before);

    // The decision through the service is still refused (art. 58), writing nothing.
    await expect(
      advance(db(), w.director, caseId, 'COLLECTIVE_DECISION', { collectiveDecisionOn: '2026-02-10', collectiveDecisionNote: '集体讨论' }, at('2026-02-10')),
    ).rejects.toThrow('重大执法决定须经法制审核通过后方可作出');
    expect(await caseSnapshot(db(), caseId)).toEqual(before);
    expect(await db().caseStep.count({ where: { caseId } })).toBe(steps);

    // An approval of other content does not open the gate: the case's facts changed after it.
    const round = await submitForReview(db(), w.officer, { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId }, at('2026-01-27'));
    await decideReview(db(), w.reviewer, decisionInput(round.id, 'APPROVED', '', 'ENFORCEMENT_DECISION'), at('2026-01-28'));
    await raw(`UPDATE "EnforcementCase" SET facts = facts || '（补充）' WHERE id = $1`, caseId);
    await expect(raw(`UPDATE "EnforcementCase" SET state = 'DECISION' WHERE id = $1`, caseId)).rejects.toThrow(/enforcement decision gate/);
  });

  it('computes the same review hash in SQL as in JS, on several cases; the approved path decides', async () => {
    const caseId = await majorCaseAtReview('（f）哈希一致的重大案件');
    expect(await sqlHash(caseId)).toBe(await jsHash(caseId));

    const plain = await fileTestCase(
      db(),
      w.officer,
      caseFields(w, {
        caseTitle: '引号"与\\反斜杠\t制表',
        partyName0: '\u3000王五 ',
        partyIdNumber0: '',
        partyKind1: 'ORGANISATION',
        partyName1: '某某养老院',
        partyRepresentative1: '赵六',
      }),
      at('2026-01-05'),
    );
    expect(await sqlHash(plain.id)).toBe(await jsHash(plain.id));
    await raw(
      `UPDATE "EnforcementCase" SET "intendedPenalty" = $2::jsonb, "violationType" = 'X', "discretionReason" = '理由' WHERE id = $1`,
      plain.id,
      JSON.stringify({ kinds: ['FINE', 'WARNING'], fineAmount: 1500.5, details: '含"引号"\n换行', nested: { z: null, a: [true, 3, 'é'] } }),
    );
    await raw(`INSERT INTO "CaseParty" (id, "caseId", kind, name, "idNumber") VALUES ($1, $2, 'PERSON', 'Émile', '0001')`, `p${randomUUID().slice(0, 8)}`, plain.id);
    await raw(`INSERT INTO "CaseParty" (id, "caseId", kind, name, "idNumber") VALUES ($1, $2, 'PERSON', 'a', 'Z')`, `p${randomUUID().slice(0, 8)}`, plain.id);
    await raw(`INSERT INTO "CaseParty" (id, "caseId", kind, name) VALUES ($1, $2, 'PERSON', $3)`, `p${randomUUID().slice(0, 8)}`, plain.id, ' \u3000钱七\u00a0\n');
    expect(await sqlHash(plain.id)).toBe(await jsHash(plain.id));

    // Through the services: approve, then the collective decision and the decision itself pass the database gate.
    const round = await submitForReview(db(), w.officer, { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId }, at('2026-01-27'));
    await decideReview(db(), w.reviewer, decisionInput(round.id, 'APPROVED', '', 'ENFORCEMENT_DECISION'), at('2026-01-28'));
    await advance(db(), w.director, caseId, 'COLLECTIVE_DECISION', { collectiveDecisionOn: '2026-02-10', collectiveDecisionNote: '集体讨论，同意。' }, at('2026-02-10'));
    await advance(db(), w.director, caseId, 'DECISION', { decisionNumber: `市中民罚决〔2026〕${Date.now() % 1000}号`, decidedOn: '2026-02-12' }, at('2026-02-12'));
    expect((await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId } })).state).toBe('DECISION');
  });

  it('(g) refuses renaming identifiers; the foreign keys to the case never cascade', async () => {
    const caseId = await majorCaseAtReview('（g）改号案');
    const steps = await db().caseStep.findMany({ where: { caseId }, orderBy: { seq: 'asc' } });
    const evidence = await db().evidenceItem.findMany({ where: { caseId } });
    await expect(raw(`UPDATE "EnforcementCase" SET id = 'renamed-case' WHERE id = $1`, caseId)).rejects.toThrow(/immutable identifier/);
    expect(await db().caseStep.findMany({ where: { caseId }, orderBy: { seq: 'asc' } })).toEqual(steps);
    expect(await db().evidenceItem.findMany({ where: { caseId } })).toEqual(evidence);
    expect(await db().enforcementCase.count({ where: { id: 'renamed-case' } })).toBe(0);

    const party = await db().caseParty.findFirstOrThrow({ where: { caseId } });
    const officer = await db().officer.findUniqueOrThrow({ where: { id: w.zhang } });
    const draft = await makeDraft(db(), editor, { title: '（g）改号的公开信息' });
    const review = await checkAndSubmit(db(), editor, draft.id);
    const attachment = await attachDisclosureFile(
      db(),
      editor,
      { disclosureId: (await makeDraft(db(), editor)).id, fileName: 'g.pdf', declaredType: 'application/pdf', stream: Readable.from([PDF]) },
      { store: getAttachmentStore() },
    );
    for (const [table, id] of [
      ['CaseParty', party.id],
      ['Officer', officer.id],
      ['LegalReview', review.id],
      ['Disclosure', draft.id],
      ['Attachment', attachment.id],
      ['CaseStep', steps[0]!.id],
      ['EvidenceItem', evidence[0]!.id],
    ] as const) {
      // Steps and evidence are append-only (UPDATE revoked); the others are refused by the trigger.
      await expect(raw(`UPDATE "${table}" SET id = id || '-x' WHERE id = $1`, id), table).rejects.toThrow(/immutable identifier|permission denied/);
    }
    expect(await db().officer.findUniqueOrThrow({ where: { id: w.zhang } })).toEqual(officer);

    const fks = await db().$queryRawUnsafe<{ name: string; on_update: string }[]>(
      `SELECT conname AS name, confupdtype::text AS on_update FROM pg_constraint
       WHERE contype = 'f' AND conname IN ('CaseStep_caseId_fkey', 'EvidenceItem_caseId_fkey', 'CaseParty_caseId_fkey', 'CaseOfficer_caseId_fkey', 'CaseOfficer_officerId_fkey', 'EvidenceItem_stepId_fkey')
       ORDER BY conname`,
    );
    expect(fks).toHaveLength(6);
    for (const fk of fks) expect(fk.on_update, fk.name).toBe('r'); // RESTRICT
  });
});
