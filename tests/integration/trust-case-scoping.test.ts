import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  advanceCaseAction,
  decideCaseAction,
  hostHearingStepAction,
  recordEducationAction,
  recordHearingResponseAction,
  requestExtensionAction,
  submitCaseReviewAction,
} from '@/app/(staff)/staff/cases/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getCaseDetail, listCases } from '@/lib/queries/enforcement/cases';
import { recordHearingResponse } from '@/lib/services/enforcement/hearing';
import { actAs, form } from '../setup/act-as';
import { addRecording, advance, caseFields, caseRowCounts, caseSnapshot, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';
import { makeOfficer } from '../factories/officers';
import { makeUser } from '../factories/users';

// Issue 10, observation 2: an officer who is not on a case recorded a step on it, and staff not on
// a case read its parties' personal data in its free text. Each action is called as a browser
// would, as an officer who holds the role but is not assigned to the case.

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  redirect: vi.fn(),
}));

const db = () => getDb();
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
let w: CaseWorld;
/** A certified officer with an account, not assigned to any case here. */
let outsider: Actor;
/** The head, who also holds the officer role, not assigned to the case. */
let directorOfficer: Actor;
/** A hearing host who is nobody's appointed host. */
let otherHost: Actor;

const PRIVATE = ['张三', '370102198001011234', '13800000000', '市中区某路1号'];
const FREE_TEXT = '张三（身份证号370102198001011234，电话13800000000，住市中区某路1号）未经登记开展募捐活动。';

beforeAll(async () => {
  w = await makeCaseWorld(db());
  outsider = await makeUser(db(), { roles: ['OFFICER'], name: '周局外' });
  await makeOfficer(db(), w.admin, { name: '周局外', userId: outsider.id });
  directorOfficer = await makeUser(db(), { roles: ['DIRECTOR', 'OFFICER'], name: '吴兼职' });
  await makeOfficer(db(), w.admin, { name: '吴兼职', userId: directorOfficer.id });
  otherHost = await makeUser(db(), { roles: ['HEARING_HOST'], name: '郑主持' });
  await makeOfficer(db(), w.admin, { name: '郑主持', userId: otherHost.id, certificates: [{ kind: 'HEARING_HOST', category: '听证主持人证' }] });
});

async function filed(title: string) {
  return (
    await fileTestCase(
      db(),
      w.officer,
      caseFields(w, { caseTitle: title, caseFacts: FREE_TEXT, legalBasis: `${FREE_TEXT}违反《社会团体登记管理条例》第三十五条` }),
      at('2026-01-05'),
    )
  ).id;
}

async function atRightsNotice(title: string) {
  const caseId = await filed(title);
  await advance(db(), w.officer, caseId, 'INVESTIGATION', { stepNote: `询问笔录：${FREE_TEXT}` }, at('2026-01-06'));
  await addRecording(db(), caseId, w.officer.id, at('2026-01-07'));
  await advance(
    db(),
    w.officer,
    caseId,
    'RIGHTS_NOTICE',
    { penaltyKinds: ['FINE'], fineAmount: '20000', noticeServedOn: '2026-01-20', hearingRightStated: 'on' },
    at('2026-01-20'),
  );
  return caseId;
}

/** Calls the action as `actor` and expects a refusal that wrote nothing, the case row included. */
async function expectRefused(actor: Actor, call: () => Promise<{ ok: boolean; message?: string }>, caseId: string, text = '您不是本案承办的执法人员') {
  await actAs(actor);
  const counts = await caseRowCounts(db());
  const row = await caseSnapshot(db(), caseId);
  const state = await call();
  expect(state.ok).toBe(false);
  expect(state.message).toContain(text);
  expect(await caseRowCounts(db())).toEqual(counts);
  expect(await caseSnapshot(db(), caseId)).toEqual(row);
  return state;
}

describe('only the officers on a case record its officer steps (《行政处罚法》第四十二条)', () => {
  it('refuses the next step to an officer not on the case, citing art. 42; an officer on it records it', async () => {
    const caseId = await filed('越权推进测试案');
    const refused = await expectRefused(outsider, () => advanceCaseAction(initialActionState, form({ caseId, to: 'INVESTIGATION' })), caseId);
    expect(refused.message).toContain('第四十二条');
    await actAs(w.officer2);
    expect(await advanceCaseAction(initialActionState, form({ caseId, to: 'INVESTIGATION' }))).toMatchObject({ ok: true });
  });

  it('refuses the party’s hearing response to an officer not on the case', async () => {
    const caseId = await atRightsNotice('越权听证意见测试案');
    const fields = form({ caseId, response: 'REQUEST', respondedOn: '2026-01-21' });
    await expectRefused(outsider, () => recordHearingResponseAction(initialActionState, fields), caseId);
    await actAs(w.officer);
    expect(await recordHearingResponseAction(initialActionState, fields)).toMatchObject({ ok: true });
  });

  it('refuses the extension request to an officer not on the case', async () => {
    const caseId = await filed('越权延期测试案');
    const fields = form({ caseId, extensionUntil: '2026-06-30', extensionReason: '案情复杂，需进一步调查取证' });
    await expectRefused(outsider, () => requestExtensionAction(initialActionState, fields), caseId);
    await actAs(w.officer);
    expect(await requestExtensionAction(initialActionState, fields)).toMatchObject({ ok: true });
  });

  it('refuses the education record of a no-penalty case to an officer not on the case', async () => {
    const caseId = await filed('越权教育测试案');
    await advance(db(), w.officer, caseId, 'INVESTIGATION', {}, at('2026-01-06'));
    await addRecording(db(), caseId, w.officer.id, at('2026-01-07'));
    await advance(db(), w.director, caseId, 'NO_PENALTY', { noPenaltyReason: '初次违法且危害后果轻微并及时改正' }, at('2026-01-08'));
    const fields = form({ caseId, educationNote: '已对当事人进行法治教育' });
    await expectRefused(outsider, () => recordEducationAction(initialActionState, fields), caseId);
    await actAs(w.officer);
    expect(await recordEducationAction(initialActionState, fields)).toMatchObject({ ok: true });
  });

  it('refuses sending the decision for legal review to an officer not on the case', async () => {
    const caseId = await atRightsNotice('越权送审测试案');
    await recordHearingResponse(db(), w.officer, { caseId, response: 'WAIVE', respondedOn: '2026-01-22' }, at('2026-01-22'));
    await advance(db(), w.officer, caseId, 'STATEMENT_OR_HEARING', {}, at('2026-01-23'));
    await advance(db(), w.officer, caseId, 'LEGAL_REVIEW', {}, at('2026-01-26'));
    await expectRefused(outsider, () => submitCaseReviewAction(initialActionState, form({ caseId })), caseId);
    await actAs(w.officer);
    expect(await submitCaseReviewAction(initialActionState, form({ caseId }))).toMatchObject({ ok: true });
    expect(await db().legalReview.count({ where: { subjectId: caseId } })).toBe(1);
  });

  it('keeps the head to the head’s steps: the director cannot record an officer step, even holding the officer role', async () => {
    const caseId = await filed('局长越权测试案');
    await expectRefused(w.director, () => decideCaseAction(initialActionState, form({ caseId, to: 'INVESTIGATION' })), caseId, '须由执法人员办理');
    await expectRefused(directorOfficer, () => advanceCaseAction(initialActionState, form({ caseId, to: 'INVESTIGATION' })), caseId);
  });

  it('lets a hearing host act only in the hearing they were appointed to', async () => {
    const caseId = await atRightsNotice('越权主持测试案');
    await expectRefused(otherHost, () => hostHearingStepAction(initialActionState, form({ caseId, to: 'STATEMENT_OR_HEARING' })), caseId, '您不是本案指定的听证主持人');
  });
});

describe('staff not on a case read it with personal data masked, free text included', () => {
  it('gives an officer not on the case no full name, ID number, phone or address anywhere in the page’s data', async () => {
    const caseId = await atRightsNotice('张三隐私测试案');
    const outside = JSON.stringify(await getCaseDetail(db(), caseId, outsider));
    for (const value of PRIVATE) expect(outside).not.toContain(value);
    expect(outside).toContain('张某某');
    expect(outside).toContain('未经登记开展募捐活动');

    for (const actor of [w.officer, w.director]) {
      const inside = JSON.stringify(await getCaseDetail(db(), caseId, actor));
      for (const value of PRIVATE) expect(inside).toContain(value);
    }
  });

  it('lists the case to an officer not on it with the party masked in its title, and a search by the party’s name finds it only for those on the case', async () => {
    const caseId = await filed('张三未经登记开展活动案');
    const outside = await listCases(db(), outsider, { page: 1 });
    const seen = outside.items.find((item) => item.id === caseId);
    expect(seen?.title).toBe('张某某未经登记开展活动案');
    expect(JSON.stringify(outside)).not.toContain('张三');
    // Searching the name must not tell a stranger that 张三 is a party to this case.
    expect((await listCases(db(), outsider, { q: '张三', page: 1 })).items.map((item) => item.id)).not.toContain(caseId);
    for (const actor of [w.officer, w.director]) {
      const found = await listCases(db(), actor, { q: '张三', page: 1 });
      expect(found.items.find((item) => item.id === caseId)?.title).toBe('张三未经登记开展活动案');
    }
  });

  it('explains beside the forms why an officer not on the case may not use them', async () => {
    const caseId = await filed('说明测试案');
    const outside = await getCaseDetail(db(), caseId, outsider);
    expect(outside.officerBlockers.map((b) => b.code)).toEqual(['enf.actor.notOnCase']);
    expect(
      outside.next
        .find((s) => s.key === 'INVESTIGATION')
        ?.blockers.map((b) => b.message)
        .join(),
    ).toContain('您不是本案承办的执法人员');
    const inside = await getCaseDetail(db(), caseId, w.officer);
    expect(inside.officerBlockers).toEqual([]);
    expect(inside.next.find((s) => s.key === 'INVESTIGATION')?.blockers).toEqual([]);
  });
});
