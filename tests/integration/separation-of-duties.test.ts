import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishDisclosureAction, recordSecrecyCheckAction, submitDisclosureForReviewAction } from '@/app/(staff)/staff/disclosures/actions';
import { decideReviewAction } from '@/app/(staff)/staff/reviews/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { actAs, form } from '../setup/act-as';
import { checkAndSubmit, disclosureCounts, makeDraft, noticeInput, secrecyChecker } from '../factories/disclosures';
import { decisionFields, reviewCounts } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock('next/navigation', () => ({ redirect: vi.fn() }));

// Separation of duties (issue 12), each refusal as a direct call of the action a browser would
// post, with nothing written: whoever drafted or edited a disclosure cannot secrecy-check it (a
// department head only where the bureau allows it), review it, or publish it alone; the database
// refuses the same secrecy check from raw SQL.

const db = () => getDb();
let app: pg.Client;
let author: Actor;
let reviser: Actor;
let head: Actor;
let otherEditor: Actor;
beforeAll(async () => {
  app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await app.connect();
  author = await makeUser(db(), { roles: ['EDITOR'], name: '起草人' });
  reviser = await makeUser(db(), { roles: ['EDITOR', 'LEGAL_REVIEWER'], name: '修改人兼法审' });
  await db().user.update({ where: { id: reviser.id }, data: { legalQualificationNo: 'A20200009' } });
  head = await makeUser(db(), { roles: ['DIRECTOR', 'EDITOR'], name: '部门负责人' });
  otherEditor = await makeUser(db(), { roles: ['EDITOR'], name: '另一编辑' });
});
afterAll(() => app.end());

const everything = async () => ({ ...(await disclosureCounts(db())), ...(await reviewCounts(db())) });
const setHeadException = (on: boolean) => db().setting.update({ where: { key: 'separation.headMaySecrecyCheckOwn' }, data: { value: on } });
async function revisedBy(actor: Actor, title: string) {
  const draft = await makeDraft(db(), author, { title });
  await updateDraft(db(), actor, { id: draft.id, expectedUpdatedAt: draft.updatedAt.toISOString(), ...noticeInput(), title, body: '修改后的正文。' });
  return draft.id;
}

describe('separation of duties', () => {
  it('the author cannot secrecy-check their own draft: refused, nothing written', async () => {
    const draft = await makeDraft(db(), author, { title: '（分离）起草人自审' });
    await actAs(author);
    const before = await everything();
    const state = await recordSecrecyCheckAction(initialActionState, form({ id: draft.id, note: '不涉密' }));
    expect(state).toEqual({ ok: false, message: '保密审查须由起草、修改该信息以外的人员办理，起草人或修改人不能审查自己撰写的内容（《中华人民共和国政府信息公开条例》第十七条）' });
    expect(await everything()).toEqual(before);
    expect((await db().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).secrecyCheckedById).toBeNull();
  });

  it('an editor of the text cannot secrecy-check it either', async () => {
    const id = await revisedBy(otherEditor, '（分离）修改人自审');
    await actAs(otherEditor);
    const before = await everything();
    const state = await recordSecrecyCheckAction(initialActionState, form({ id, note: '不涉密' }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('起草人或修改人不能审查自己撰写的内容');
    expect(await everything()).toEqual(before);
  });

  it('an editor of the text cannot review it: refused, nothing written', async () => {
    const id = await revisedBy(reviser, '（分离）修改人审核');
    const round = await checkAndSubmit(db(), author, id);
    await actAs(reviser);
    const before = await everything();
    const state = await decideReviewAction(initialActionState, form(decisionFields(round.id, 'APPROVED', { checklist: 'DISCLOSURE' })));
    expect(state).toEqual({ ok: false, message: '不能审核本人起草或修改的事项' });
    expect(await everything()).toEqual(before);
  });

  it('a department head checks their own text only where the bureau allows it, and still cannot publish it alone', async () => {
    const draft = await makeDraft(db(), head, { category: 'WORK_NEWS', title: '（分离）负责人起草的工作动态' });
    await actAs(head);
    await setHeadException(false);
    let before = await everything();
    const refused = await recordSecrecyCheckAction(initialActionState, form({ id: draft.id, note: '不涉密' }));
    expect(refused.ok).toBe(false);
    expect(await everything()).toEqual(before);

    await setHeadException(true);
    expect(await recordSecrecyCheckAction(initialActionState, form({ id: draft.id, note: '本人审查，不涉密' }))).toMatchObject({ ok: true });
    // The exception is the head's only: an editor author is still refused.
    const editorDraft = await makeDraft(db(), author, { category: 'WORK_NEWS', title: '（分离）编辑起草的工作动态' });
    await actAs(author);
    expect((await recordSecrecyCheckAction(initialActionState, form({ id: editorDraft.id, note: '不涉密' }))).ok).toBe(false);

    // Publishing it alone is refused; another editor may publish it.
    await actAs(head);
    before = await everything();
    const alone = await publishDisclosureAction(initialActionState, form({ id: draft.id }));
    expect(alone.ok).toBe(false);
    expect(alone.message).toContain('起草人或修改人不能独自发布');
    expect(await everything()).toEqual(before);
    await actAs(otherEditor);
    expect((await publishDisclosureAction(initialActionState, form({ id: draft.id }))).ok).toBe(true);
    await setHeadException(false);
  });

  it('an author may publish what someone else checked (two people involved)', async () => {
    const draft = await makeDraft(db(), author, { category: 'WORK_NEWS', title: '（分离）他人审查后发布' });
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '不涉密' });
    await actAs(author);
    expect((await publishDisclosureAction(initialActionState, form({ id: draft.id }))).ok).toBe(true);
  });

  it('the database refuses a secrecy check signed by a writer, unless the head exception applies', async () => {
    const draft = await makeDraft(db(), author, { title: '（分离）数据库拒绝自审' });
    await expect(
      app.query(`UPDATE "Disclosure" SET status = 'SECRECY_CHECKED', "secrecyCheckedById" = $2, "secrecyCheckedAt" = now() WHERE id = $1`, [draft.id, author.id]),
    ).rejects.toThrow(/neither wrote nor edited/);
    const headDraft = await makeDraft(db(), head, { title: '（分离）数据库与负责人' });
    const sign = () =>
      app.query(`UPDATE "Disclosure" SET status = 'SECRECY_CHECKED', "secrecyCheckedById" = $2, "secrecyCheckedAt" = now() WHERE id = $1`, [headDraft.id, head.id]);
    await expect(sign()).rejects.toThrow(/neither wrote nor edited/);
    await setHeadException(true);
    await sign();
    await setHeadException(false);
    // Submitting for review is no way round it: sending is refused to anyone but writers and editors of disclosures.
    await actAs(reviser);
    expect((await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }))).ok).toBe(false);
  });
});
