import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recordSecrecyCheckAction, submitDisclosureForReviewAction } from '@/app/(staff)/staff/disclosures/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { actAs, form } from '../setup/act-as';
import { disclosureCounts, makeDraft } from '../factories/disclosures';
import { makeUser } from '../factories/users';

// Issue 10, observation 9 (second half): an officer sent an editor's disclosure to legal review,
// and the drafter signed off their own secrecy check. Both through the server actions.

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/public-cache', () => ({ refreshPublicDisclosures: vi.fn() }));

let author: Actor;
let otherEditor: Actor;
let officer: Actor;
beforeAll(async () => {
  author = await makeUser(getDb(), { roles: ['EDITOR'], name: '起草编辑' });
  otherEditor = await makeUser(getDb(), { roles: ['EDITOR'], name: '审查编辑' });
  officer = await makeUser(getDb(), { roles: ['OFFICER'], name: '执法人员甲' });
});

const row = (id: string) => getDb().disclosure.findUniqueOrThrow({ where: { id } });

describe('who may move a disclosure on (《政府信息公开条例》第十七条)', () => {
  it('refuses the author’s own secrecy check, writing nothing; another editor records it', async () => {
    const draft = await makeDraft(getDb(), author);
    await actAs(author);
    const before = await disclosureCounts(getDb());
    const own = await recordSecrecyCheckAction(initialActionState, form({ id: draft.id, note: '不涉及国家秘密' }));
    expect(own.ok).toBe(false);
    expect(own.message).toContain('保密审查须由起草、修改该信息以外的人员办理');
    expect(own.message).toContain('《中华人民共和国政府信息公开条例》第十七条');
    expect(await disclosureCounts(getDb())).toEqual(before);
    expect(await row(draft.id)).toMatchObject({ status: 'DRAFT', secrecyCheckedById: null, secrecyCheckedAt: null });

    await actAs(otherEditor);
    expect(await recordSecrecyCheckAction(initialActionState, form({ id: draft.id, note: '不涉及国家秘密' }))).toMatchObject({ ok: true });
    expect(await row(draft.id)).toMatchObject({ status: 'SECRECY_CHECKED', secrecyCheckedById: otherEditor.id });
  });

  it('refuses an officer sending an editor’s disclosure for legal review, writing nothing; its author sends it', async () => {
    const draft = await makeDraft(getDb(), author);
    await recordSecrecyCheck(getDb(), otherEditor, { id: draft.id, note: '不涉及国家秘密' });
    await actAs(officer);
    const before = await disclosureCounts(getDb());
    const reviews = await getDb().legalReview.count();
    const sent = await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }));
    expect(sent.ok).toBe(false);
    expect(sent.message).toContain('须由其起草人或信息公开人员送法制审核');
    expect(await disclosureCounts(getDb())).toEqual(before);
    expect(await getDb().legalReview.count()).toBe(reviews);
    expect((await row(draft.id)).status).toBe('SECRECY_CHECKED');

    await actAs(author);
    expect(await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }))).toMatchObject({ ok: true });
    expect((await row(draft.id)).status).toBe('IN_REVIEW');
  });

  it('lets another editor (not the author) send it for review', async () => {
    const draft = await makeDraft(getDb(), author);
    await recordSecrecyCheck(getDb(), otherEditor, { id: draft.id, note: '' });
    await actAs(otherEditor);
    expect(await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }))).toMatchObject({ ok: true });
  });
});
