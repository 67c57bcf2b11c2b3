import { beforeAll, describe, expect, it, vi } from 'vitest';
import { draftTeachingCaseAction, sendTeachingCaseAction, updateTeachingCaseAction } from '@/app/(staff)/staff/publicity/teaching-cases/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { actAs, form } from '../setup/act-as';
import { makeEnforcementCase, ORGANISATION, PERSON, teachingCaseCounts } from '../factories/teaching-cases';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
let editor: Actor;
let officer: Actor;
beforeAll(async () => {
  editor = await makeUser(db(), { roles: ['EDITOR'], name: '普法编辑' });
  officer = await makeUser(db(), { roles: ['OFFICER'], name: '办案人员' });
});

async function draftFrom(caseId: string) {
  await actAs(editor);
  const state = await draftTeachingCaseAction(initialActionState, form({ caseId }));
  expect(state).toEqual({ ok: true, message: '已生成以案释法案例。' });
  return db().teachingCase.findFirstOrThrow({ where: { caseId }, orderBy: { createdAt: 'desc' } });
}

describe('以案释法 teaching cases', () => {
  it('refuses a case that is not closed, writing nothing', async () => {
    const open = await makeEnforcementCase(db(), officer, { closedOn: null });
    await actAs(editor);
    const before = await teachingCaseCounts(db());
    const state = await draftTeachingCaseAction(initialActionState, form({ caseId: open.id }));
    expect(state).toEqual({ ok: false, message: '该案件尚未结案，不能生成以案释法案例' });
    expect(await teachingCaseCounts(db())).toEqual(before);
  });

  it('builds the body from structured fields: party masked, never the full name, ID number, address, phone or facts', async () => {
    const closed = await makeEnforcementCase(db(), officer);
    const before = await teachingCaseCounts(db());
    const teaching = await draftFrom(closed.id);
    const all = `${teaching.title}\n${teaching.body}`;
    for (const secret of [PERSON.name, PERSON.idNumber, PERSON.address, PERSON.phone, ORGANISATION.legalRepresentative, '经查']) {
      expect(all).not.toContain(secret);
    }
    expect(teaching.body).toContain('欧阳某某');
    expect(teaching.body).toContain(ORGANISATION.name);
    expect(teaching.body).toContain('警告、罚款5,000元');
    expect(teaching.body).toContain('《社会组织登记管理条例》第三十五条');
    expect(teaching.body).toContain('举行了听证');
    expect(teaching.body).toContain('2025年6月办结');
    expect(teaching.createdById).toBe(editor.id);
    expect(await teachingCaseCounts(db())).toEqual({ ...before, teachingCases: before.teachingCases + 1, audit: before.audit + 1 });
  });

  it('a party named in the legal basis text is masked there too', async () => {
    const closed = await makeEnforcementCase(db(), officer);
    await db().enforcementCase.update({ where: { id: closed.id }, data: { legalBasis: '《社会组织登记管理条例》第三十五条（欧阳明华，13812345678）' } });
    const teaching = await draftFrom(closed.id);
    expect(teaching.body).toContain('《社会组织登记管理条例》第三十五条（欧阳某某，（已隐去））');
    expect(teaching.body).not.toContain(PERSON.name);
  });

  it('the editor may edit the narrative, but not write the party back in; then sends it as a 政策解读 draft', async () => {
    const closed = await makeEnforcementCase(db(), officer);
    const teaching = await draftFrom(closed.id);
    await actAs(editor);
    const edited = `${teaching.body}\n\n本案中，当事人欧阳某某认识到了错误。`;
    expect(await updateTeachingCaseAction(initialActionState, form({ id: teaching.id, title: '以案释法：擅自开展活动案', body: edited }))).toEqual({
      ok: true,
      message: '修改已保存。',
    });
    const before = await teachingCaseCounts(db());
    for (const leaked of [`${edited}当事人全名${PERSON.name}。`, `${edited}身份证号码11010519491231002X。`, `${edited}联系电话13900001111。`]) {
      const refused = await updateTeachingCaseAction(initialActionState, form({ id: teaching.id, title: '以案释法', body: leaked }));
      expect(refused.ok).toBe(false);
      expect(refused.message).toMatch(/可识别当事人的信息/);
    }
    expect(await teachingCaseCounts(db())).toEqual(before);
    expect((await db().teachingCase.findUniqueOrThrow({ where: { id: teaching.id } })).body).toBe(edited);

    expect(await sendTeachingCaseAction(initialActionState, form({ id: teaching.id }))).toEqual({ ok: true, message: '已送政务公开流程（政策解读草稿）。' });
    const sent = await db().teachingCase.findUniqueOrThrow({ where: { id: teaching.id } });
    const disclosure = await db().disclosure.findUniqueOrThrow({ where: { id: sent.disclosureId! } });
    expect(disclosure).toMatchObject({ category: 'POLICY_INTERPRETATION', status: 'DRAFT', title: '以案释法：擅自开展活动案', body: edited, authorId: editor.id });
    expect(disclosure.summary).not.toContain(PERSON.name);
    expect(await teachingCaseCounts(db())).toEqual({ ...before, disclosures: before.disclosures + 1, audit: before.audit + 2 });

    // Once sent: no second disclosure, no further edits here.
    const again = await teachingCaseCounts(db());
    expect((await sendTeachingCaseAction(initialActionState, form({ id: teaching.id }))).ok).toBe(false);
    expect((await updateTeachingCaseAction(initialActionState, form({ id: teaching.id, title: 'x', body: 'y' }))).ok).toBe(false);
    expect(await teachingCaseCounts(db())).toEqual(again);
  });

  it('refuses every action to a user without publicity.manage, with counts unchanged', async () => {
    const closed = await makeEnforcementCase(db(), officer);
    const teaching = await draftFrom(closed.id);
    const strangers = [];
    for (const roles of [['OFFICER'], ['LEGAL_REVIEWER'], ['DIRECTOR'], ['ADMIN']] as const) strangers.push(await makeUser(db(), { roles: [...roles] }));
    const before = await teachingCaseCounts(db());
    for (const stranger of strangers) {
      await actAs(stranger);
      const states = await Promise.all([
        draftTeachingCaseAction(initialActionState, form({ caseId: closed.id })),
        updateTeachingCaseAction(initialActionState, form({ id: teaching.id, title: '越权', body: '越权修改' })),
        sendTeachingCaseAction(initialActionState, form({ id: teaching.id })),
      ]);
      for (const state of states) expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    }
    await actAs(null);
    expect(await draftTeachingCaseAction(initialActionState, form({ caseId: closed.id }))).toEqual({ ok: false, message: '请先登录。' });
    expect(await teachingCaseCounts(db())).toEqual(before);
    expect((await db().teachingCase.findUniqueOrThrow({ where: { id: teaching.id } })).disclosureId).toBeNull();
  });
});
