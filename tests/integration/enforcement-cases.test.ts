import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  advanceCaseAction,
  decideCaseAction,
  fileCaseAction,
  holdHearingAction,
  recordHearingResponseAction,
  scheduleHearingAction,
  submitCaseReviewAction,
} from '@/app/(staff)/staff/cases/actions';
import { initialActionState } from '@/lib/action-state';
import { getDb } from '@/lib/db';
import { recordHearingResponse } from '@/lib/services/enforcement/hearing';
import { decideReview } from '@/lib/services/review/decide-review';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { actAs, form } from '../setup/act-as';
import { addRecording, advance, caseFields, caseRowCounts, caseSnapshot, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';
import { decisionInput } from '../factories/review';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  redirect: vi.fn(),
}));

const db = () => getDb();
let w: CaseWorld;
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

beforeAll(async () => {
  w = await makeCaseWorld(db());
});

/** A penalty case with a 20,000 yuan fine (hearing right; major) at STATEMENT_OR_HEARING. */
async function caseAtStatement(title = '张三未经登记开展活动案') {
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
  return filed.id;
}

describe('filing a case, through the server action', () => {
  it('refuses a case with one officer, citing art. 42, and writes nothing', async () => {
    await actAs(w.officer);
    const before = await caseRowCounts(db());
    const state = await fileCaseAction(initialActionState, form(caseFields(w, { officerIds: [w.zhang] })));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('本案须有2名以上持有效执法证件的执法人员，目前只有1名');
    expect(state.message).toContain('《中华人民共和国行政处罚法》第四十二条');
    expect(await caseRowCounts(db())).toEqual(before);
  });

  it('refuses an officer whose certificate has expired, naming them', async () => {
    await actAs(w.officer);
    const before = await caseRowCounts(db());
    const state = await fileCaseAction(initialActionState, form(caseFields(w, { officerIds: [w.zhang, w.expired] })));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('王过期的执法证件无效或已过期');
    expect(state.message).toContain('第四十二条');
    expect(await caseRowCounts(db())).toEqual(before);
  });

  it('refuses a case whose officers have not declared on recusal (art. 43)', async () => {
    await actAs(w.officer);
    const before = await caseRowCounts(db());
    const fields = caseFields(w);
    delete fields.recusalDeclared;
    const state = await fileCaseAction(initialActionState, form(fields));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('尚未作出回避声明');
    expect(state.message).toContain('第四十三条');
    expect(await caseRowCounts(db())).toEqual(before);
  });

  it('refuses a director or an editor (no case.work) and writes nothing', async () => {
    for (const actor of [w.director, w.editor]) {
      await actAs(actor);
      const before = await caseRowCounts(db());
      const state = await fileCaseAction(initialActionState, form(caseFields(w)));
      expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
      expect(await caseRowCounts(db())).toEqual(before);
    }
  });

  it('files a case with its parties, officers and first step in the hash chain, and audits it', async () => {
    await actAs(w.officer);
    const before = await caseRowCounts(db());
    const state = await fileCaseAction(initialActionState, form(caseFields(w, { caseTitle: '立案测试案', jointDepartments: '公安\n市场监管', referredFrom: '区公安分局' })));
    expect(state.ok).toBe(true);
    const kase = await db().enforcementCase.findFirstOrThrow({ where: { title: '立案测试案' }, include: { parties: true, officers: true, steps: true } });
    expect(kase.state).toBe('FILED');
    expect(kase.caseNumber).toMatch(/^市中民执罚〔2026〕\d{3}号$/);
    expect(kase.jointDepartments).toEqual(['公安', '市场监管']);
    expect(kase.referredFrom).toBe('区公安分局');
    expect(kase.parties[0]?.idNumber).toBe('370102198001011234');
    expect(kase.officers.every((o) => o.recusalDeclaredAt !== null)).toBe(true);
    expect(kase.steps).toHaveLength(1);
    expect(kase.chainHead).toBe(kase.steps[0]?.hash);
    const after = await caseRowCounts(db());
    expect(after.cases).toBe(before.cases + 1);
    expect(await db().auditEvent.count({ where: { action: 'case.file', entityId: kase.id } })).toBe(1);
  });
});

describe('advancing a case', () => {
  it('refuses to leave a step whose recording is mandatory without a recording or a reason, then accepts a reason', async () => {
    const filed = await fileTestCase(db(), w.officer, caseFields(w, { caseTitle: '音像记录测试案' }), at('2026-01-05'));
    await advance(db(), w.officer, filed.id, 'INVESTIGATION', {}, at('2026-01-06'));
    await actAs(w.officer);
    const before = await caseRowCounts(db());
    const snapshot = await caseSnapshot(db(), filed.id);
    const fields = { caseId: filed.id, to: 'RIGHTS_NOTICE', penaltyKinds: 'WARNING', noticeServedOn: '2026-01-20' };
    const refused = await advanceCaseAction(initialActionState, form(fields));
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('“调查取证”须有音像记录，或写明未能音像记录的原因');
    expect(refused.message).toContain('国办发〔2018〕118号');
    expect(await caseRowCounts(db())).toEqual(before);
    expect(await caseSnapshot(db(), filed.id)).toEqual(snapshot);

    const accepted = await advanceCaseAction(initialActionState, form({ ...fields, recordingWaiverReason: '执法记录仪故障，已书面记录' }));
    expect(accepted).toEqual({ ok: true, message: '已记录该环节。' });
    const step = await db().caseStep.findFirstOrThrow({ where: { caseId: filed.id, key: 'RIGHTS_NOTICE' } });
    expect(step.recordingWaiverReason).toBe('执法记录仪故障，已书面记录');
  });

  it('refuses the decision before the rights notice (wrong state), citing arts. 44 and 62, also for the director', async () => {
    const filed = await fileTestCase(db(), w.officer, caseFields(w, { caseTitle: '未告知测试案' }), at('2026-01-05'));
    await advance(db(), w.officer, filed.id, 'INVESTIGATION', {}, at('2026-01-06'));
    await actAs(w.director);
    const before = await caseRowCounts(db());
    const state = await decideCaseAction(initialActionState, form({ caseId: filed.id, to: 'DECISION', decisionNumber: '市中民罚决〔2026〕9号', decidedOn: '2026-01-08' }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('不能进入“决定”');
    expect(state.message).toContain('《中华人民共和国行政处罚法》第四十四条、第六十二条');
    expect(await caseRowCounts(db())).toEqual(before);
  });

  it('refuses the decision to an officer (the head decides, art. 57) and writes nothing', async () => {
    const caseId = await caseAtStatement('官员决定测试案');
    await actAs(w.officer);
    const before = await caseRowCounts(db());
    const state = await advanceCaseAction(initialActionState, form({ caseId, to: 'NO_PENALTY', noPenaltyReason: '违法行为轻微并及时改正' }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('须由局长（行政机关负责人）办理');
    expect(state.message).toContain('第五十七条');
    expect(await caseRowCounts(db())).toEqual(before);
  });
});

describe('the hearing', () => {
  it('refuses a host who investigated the case (art. 64) and an officer as host; holds the hearing by the appointed host', async () => {
    const filedFields = caseFields(w, { caseTitle: '听证测试案', officerIds: [w.zhang, w.li, w.dual] });
    const filed = await fileTestCase(db(), w.officer, filedFields, at('2026-01-05'));
    const caseId = filed.id;
    await advance(db(), w.officer, caseId, 'INVESTIGATION', {}, at('2026-01-06'));
    await addRecording(db(), caseId, w.officer.id, at('2026-01-07'));
    await advance(
      db(),
      w.officer,
      caseId,
      'RIGHTS_NOTICE',
      { penaltyKinds: 'FINE', fineAmount: '20000', noticeServedOn: '2026-01-20', hearingRightStated: 'on' },
      at('2026-01-20'),
    );

    await actAs(w.officer);
    expect(await recordHearingResponseAction(initialActionState, form({ caseId, response: 'REQUEST', respondedOn: '2026-01-21' }))).toMatchObject({ ok: true });
    await advance(db(), w.officer, caseId, 'STATEMENT_OR_HEARING', {}, at('2026-01-21'));

    const before = await caseRowCounts(db());
    const schedule = { caseId, hearingNoticeSentOn: '2026-01-22', hearingScheduledOn: '2026-02-05' };
    const investigator = await scheduleHearingAction(initialActionState, form({ ...schedule, hostOfficerId: w.dual }));
    expect(investigator.ok).toBe(false);
    expect(investigator.message).toContain('听证主持人不得由本案调查人员担任');
    expect(investigator.message).toContain('第六十四条');
    const notHost = await scheduleHearingAction(initialActionState, form({ ...schedule, hostOfficerId: w.li }));
    expect(notHost.message).toContain('听证主持人须为持有效听证主持人证件的听证主持人');
    const tooSoon = await scheduleHearingAction(initialActionState, form({ ...schedule, hearingScheduledOn: '2026-01-26', hostOfficerId: w.host }));
    expect(tooSoon.message).toContain('听证通知须在举行听证7个工作日前送达');
    expect(await caseRowCounts(db())).toEqual(before);

    expect(await scheduleHearingAction(initialActionState, form({ ...schedule, hostOfficerId: w.host }))).toMatchObject({ ok: true });

    // Holding it: an officer has no case.hostHearing; another hearing host is not this case's host.
    const held = { caseId, hearingHeldOn: '2026-02-05', hearingRecord: '当事人到场陈述申辩，调查人员出示证据。' };
    await actAs(w.officer);
    expect(await holdHearingAction(initialActionState, form(held))).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    await actAs(w.dualUser);
    const other = await holdHearingAction(initialActionState, form(held));
    expect(other.message).toContain('只有本案指定的听证主持人可以登记听证');
    await actAs(w.hostUser);
    expect(await holdHearingAction(initialActionState, form(held))).toMatchObject({ ok: true });
    const kase = await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.isMajor).toBe(true);
    expect(kase.majorReasons).toEqual(expect.arrayContaining(['直接关系当事人或者第三人重大权益，经过听证程序']));
  });
});

describe('major cases: legal review (art. 58) and collective decision (art. 57)', () => {
  it('refuses without an approved review and with a returned one; decides after approval and collective decision, creating the masked publicity draft', async () => {
    const caseId = await caseAtStatement('重大案件测试案');
    await recordHearingResponse(db(), w.officer, { caseId, response: 'WAIVE', respondedOn: '2026-01-22' }, at('2026-01-22'));
    let kase = await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.isMajor).toBe(true);
    expect(kase.majorReasons).toEqual(['拟对个人罚款20,000元，达到重大执法决定标准10,000元']);

    // Not yet at legal review: the review engine refuses to take it.
    await expect(submitForReview(db(), w.officer, { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId }, at('2026-01-23'))).rejects.toThrow(
      '案件须处于“法制审核”环节方可送审',
    );
    await advance(db(), w.officer, caseId, 'LEGAL_REVIEW', {}, at('2026-01-26'));

    // Skipping the review: refused for the director, citing art. 58.
    await actAs(w.director);
    const before = await caseRowCounts(db());
    const collective = { caseId, to: 'COLLECTIVE_DECISION', collectiveDecisionOn: '2026-02-10', collectiveDecisionNote: '局长办公会集体讨论，同意处罚。' };
    const noReview = await decideCaseAction(initialActionState, form(collective));
    expect(noReview.ok).toBe(false);
    expect(noReview.message).toContain('重大执法决定须经法制审核通过后方可作出');
    expect(noReview.message).toContain('第五十八条');
    expect(await caseRowCounts(db())).toEqual(before);

    // Returned by the reviewer: still refused, with the returned opinion's message.
    await actAs(w.officer);
    expect(await submitCaseReviewAction(initialActionState, form({ caseId }))).toMatchObject({ ok: true });
    const round1 = await db().legalReview.findFirstOrThrow({ where: { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId } });
    expect(round1.subjectAuthorIds).toEqual(expect.arrayContaining([w.officer.id, w.officer2.id]));
    await decideReview(db(), w.reviewer, { ...decisionInput(round1.id, 'RETURNED', '证据不足，请补充询问笔录。', 'ENFORCEMENT_DECISION') }, at('2026-01-28'));
    await actAs(w.director);
    const returned = await decideCaseAction(initialActionState, form(collective));
    expect(returned.message).toContain('法制审核意见为退回修改');
    expect(returned.message).toContain('第五十八条');

    // Approved: the collective decision and the decision go through.
    const round2 = await submitForReview(db(), w.officer, { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId }, at('2026-02-02'));
    await decideReview(db(), w.reviewer, decisionInput(round2.id, 'APPROVED', '', 'ENFORCEMENT_DECISION'), at('2026-02-03'));
    expect(await decideCaseAction(initialActionState, form(collective))).toMatchObject({ ok: true });
    const decided = await decideCaseAction(initialActionState, form({ caseId, to: 'DECISION', decisionNumber: '市中民罚决〔2026〕1号', decidedOn: '2026-02-12' }));
    expect(decided).toMatchObject({ ok: true });

    kase = await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.state).toBe('DECISION');
    expect(kase.decidedById).toBe(w.director.id);
    const publicity = await db().disclosure.findFirstOrThrow({ where: { enforcementCaseId: caseId } });
    expect(publicity.category).toBe('ENFORCEMENT_PUBLICITY');
    expect(publicity.status).toBe('DRAFT');
    expect(publicity.title).toBe('行政处罚决定公示（市中民罚决〔2026〕1号）');
    expect(publicity.body).toContain('当事人：张某');
    expect(publicity.body).toContain('罚款20,000元');
    expect(`${publicity.title}${publicity.summary}${publicity.body}`).not.toMatch(/张三|370102|13800000000/);
    // 7 working days after 2026-02-12, the Spring Festival holiday skipped.
    expect(publicity.publishDueOn!.toISOString().slice(0, 10) > '2026-02-20').toBe(true);
  });
});
