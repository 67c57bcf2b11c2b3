import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decideCaseAction, recordEducationAction, revokeDecisionAction } from '@/app/(staff)/staff/cases/actions';
import { initialActionState } from '@/lib/action-state';
import { getDb } from '@/lib/db';
import { getCaseDetail, listMyCases } from '@/lib/queries/enforcement/cases';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { withdrawDisclosure } from '@/lib/services/disclosure/withdraw-disclosure';
import { actAs, form } from '../setup/act-as';
import { addRecording, advance, caseFields, caseRowCounts, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// A recorded step redirects to the case page with its confirmation (as filing does).
vi.mock('next/navigation', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/navigation')>()), redirect: vi.fn() }));

const db = () => getDb();
let w: CaseWorld;
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

beforeAll(async () => {
  w = await makeCaseWorld(db());
});

/** A 2,000 yuan fine (no hearing right, not major) at STATEMENT_OR_HEARING. */
async function smallCase(title: string, extra: Record<string, string | string[]> = {}) {
  const filed = await fileTestCase(db(), w.officer, caseFields(w, { caseTitle: title, ...extra }), at('2026-03-02'));
  await advance(db(), w.officer, filed.id, 'INVESTIGATION', {}, at('2026-03-02'));
  await addRecording(db(), filed.id, w.officer.id, at('2026-03-03'));
  await advance(db(), w.officer, filed.id, 'RIGHTS_NOTICE', { penaltyKinds: ['WARNING', 'FINE'], fineAmount: '2000', noticeServedOn: '2026-03-04' }, at('2026-03-04'));
  await advance(db(), w.officer, filed.id, 'STATEMENT_OR_HEARING', {}, at('2026-03-05'));
  return filed.id;
}

describe('after-decision publicity', () => {
  it('creates the masked draft with its 7-working-day due date in the decision transaction; revocation tracks the 3-day withdrawal', async () => {
    const caseId = await smallCase('公示测试案');
    await actAs(w.director);
    const decided = await decideCaseAction(
      initialActionState,
      form({ caseId, to: 'DECISION', decisionNumber: '市中民罚决〔2026〕21号', decidedOn: '2026-03-09', partyPresent: 'on' }),
    );
    expect(decided).toMatchObject({ ok: true });
    const draft = await db().disclosure.findFirstOrThrow({ where: { enforcementCaseId: caseId } });
    expect(draft.status).toBe('DRAFT');
    expect(draft.category).toBe('ENFORCEMENT_PUBLICITY');
    // 2026-03-09 (Mon) + 7 working days = 2026-03-18 (Wed).
    expect(draft.publishDueOn?.toISOString().slice(0, 10)).toBe('2026-03-18');
    expect(draft.summary).toBe('市中区民政局对张某某作出行政处罚决定：警告、罚款2,000元');
    expect(draft.body).not.toContain('370102');
    expect(await db().auditEvent.count({ where: { action: 'disclosure.create', entityId: draft.id } })).toBe(1);

    // Published through the ordinary workflow, then the decision is revoked.
    await recordSecrecyCheck(db(), w.editor, { id: draft.id, note: '' }, at('2026-03-10'));
    await publishDisclosure(db(), w.editor, { id: draft.id }, at('2026-03-11'));
    const before = await caseRowCounts(db());
    await actAs(w.officer);
    expect(await revokeDecisionAction(initialActionState, form({ caseId, revokedOn: '2026-03-12', revocationReason: '复议机关撤销' }))).toEqual({
      ok: false,
      message: '您没有执行此操作的权限。',
    });
    expect(await caseRowCounts(db())).toEqual(before);
    await actAs(w.director);
    expect(await revokeDecisionAction(initialActionState, form({ caseId, revokedOn: '2026-03-12', revocationReason: '经行政复议，原决定被撤销' }))).toMatchObject({ ok: true });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'case.revoke', entityId: caseId } });
    expect(audit.after).toMatchObject({ withdrawBy: '2026-03-17', publicityDisclosureId: draft.id });

    const detail = await getCaseDetail(db(), caseId, w.director, at('2026-03-18'));
    const withdrawal = detail.deadlines.find((d) => d.key === 'WITHDRAWAL');
    expect(withdrawal).toMatchObject({ due: '2026-03-17', status: 'overdue' });

    const { tracking } = await withdrawDisclosure(db(), w.editor, { id: draft.id, reason: '原处罚决定已被撤销', decisionChangedOn: '2026-03-12' }, at('2026-03-16'));
    expect(tracking).toMatchObject({ due: '2026-03-17', onTime: true });
    const after = await getCaseDetail(db(), caseId, w.director, at('2026-03-18'));
    expect(after.deadlines.find((d) => d.key === 'WITHDRAWAL')).toMatchObject({ status: 'met', metOn: '2026-03-16' });
  });

  it('refuses to publish the publicity of a decision revoked before it went out (art. 48), writing nothing', async () => {
    const caseId = await smallCase('撤销后公示测试案');
    await actAs(w.director);
    expect(
      await decideCaseAction(initialActionState, form({ caseId, to: 'DECISION', decisionNumber: '市中民罚决〔2026〕22号', decidedOn: '2026-03-09', partyPresent: 'on' })),
    ).toMatchObject({ ok: true });
    const draft = await db().disclosure.findFirstOrThrow({ where: { enforcementCaseId: caseId } });
    await recordSecrecyCheck(db(), w.editor, { id: draft.id, note: '' }, at('2026-03-10'));
    expect(await revokeDecisionAction(initialActionState, form({ caseId, revokedOn: '2026-03-10', revocationReason: '经复核，原决定认定事实有误，予以撤销' }))).toMatchObject({
      ok: true,
    });
    const audits = await db().auditEvent.count();
    await expect(publishDisclosure(db(), w.editor, { id: draft.id }, at('2026-03-11'))).rejects.toThrow(/已被撤销或变更[\s\S]*第四十八条/);
    expect(await db().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'SECRECY_CHECKED', publishedAt: null });
    expect(await db().auditEvent.count()).toBe(audits);
  });

  it('gives a ban decision 20 working days, and closing the ban case puts the organisation on the exposure list', async () => {
    const watched = await db().watchedOrganisation.create({
      data: { name: '城南老乡联谊会', source: '群众举报', notedOn: new Date('2026-02-01'), createdById: w.officer.id },
    });
    const filed = await fileTestCase(
      db(),
      w.officer,
      caseFields(w, {
        caseType: 'ILLEGAL_SOCIAL_ORG_BAN',
        caseTitle: '取缔城南老乡联谊会案',
        partyKind0: 'ORGANISATION',
        partyName0: '城南老乡联谊会',
        partyIdNumber0: '',
        watchedOrganisationId: watched.id,
      }),
      at('2026-03-02'),
    );
    let kase = await db().enforcementCase.findUniqueOrThrow({ where: { id: filed.id } });
    expect(kase.isMajor).toBe(true);
    expect(kase.majorReasons).toEqual(['“取缔非法社会组织”案件列入重大执法决定目录']);
    // The ban template opens with the clue check, then the filing proper.
    const caseId = filed.id;
    expect(kase.state).toBe('CLUE_CHECK');
    await advance(db(), w.officer, caseId, 'FILED', {}, at('2026-03-02'));
    await advance(db(), w.officer, caseId, 'INVESTIGATION', {}, at('2026-03-02'));
    await advance(db(), w.officer, caseId, 'RIGHTS_NOTICE', { noticeServedOn: '2026-03-03', recordingWaiverReason: '现场无人，已拍照固定' }, at('2026-03-03'));
    await advance(db(), w.officer, caseId, 'STATEMENT_OR_HEARING', {}, at('2026-03-04'));
    await advance(db(), w.officer, caseId, 'LEGAL_REVIEW', {}, at('2026-03-05'));
    const { submitForReview } = await import('@/lib/services/review/submit-for-review');
    const { decideReview } = await import('@/lib/services/review/decide-review');
    const { decisionInput } = await import('../factories/review');
    const review = await submitForReview(db(), w.officer, { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId }, at('2026-03-05'));
    await decideReview(db(), w.reviewer, decisionInput(review.id, 'APPROVED', '', 'ENFORCEMENT_DECISION'), at('2026-03-06'));
    await advance(db(), w.director, caseId, 'COLLECTIVE_DECISION', { collectiveDecisionOn: '2026-03-09', collectiveDecisionNote: '局务会议同意取缔' }, at('2026-03-09'));
    await advance(db(), w.director, caseId, 'BAN_DECISION', { decisionNumber: '市中民取决〔2026〕1号', decidedOn: '2026-03-10', decisionConclusion: '予以取缔' }, at('2026-03-10'));
    const draft = await db().disclosure.findFirstOrThrow({ where: { enforcementCaseId: caseId } });
    // 2026-03-10 + 20 working days, skipping the Qingming holiday on Monday 2026-04-06.
    expect(draft.publishDueOn?.toISOString().slice(0, 10)).toBe('2026-04-08');
    expect(draft.body).toContain('当事人：城南老乡联谊会');
    await advance(db(), w.officer, caseId, 'SERVICE', { servedOn: '2026-03-11' }, at('2026-03-11'));
    await advance(db(), w.officer, caseId, 'EXPOSURE', {}, at('2026-03-12'));
    await advance(db(), w.officer, caseId, 'CLOSED', { closedOn: '2026-03-13' }, at('2026-03-13'));
    kase = await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.closedOn?.toISOString().slice(0, 10)).toBe('2026-03-13');
    const organisation = await db().watchedOrganisation.findUniqueOrThrow({ where: { id: watched.id } });
    expect(organisation.status).toBe('BANNED');
    expect(organisation.exposureDisclosureId).not.toBeNull();
  });
});

describe('no penalty, other case types, my cases', () => {
  it('closes a no-penalty case only after the education record (art. 33)', async () => {
    const caseId = await smallCase('不予处罚测试案');
    await advance(db(), w.director, caseId, 'NO_PENALTY', { noPenaltyReason: '初次违法且危害后果轻微并及时改正' }, at('2026-03-06'));
    await expect(advance(db(), w.officer, caseId, 'CLOSED', {}, at('2026-03-09'))).rejects.toThrow('第三十三条第三款');
    await actAs(w.officer);
    expect(await recordEducationAction(initialActionState, form({ caseId, educationNote: '已当面进行法治宣传教育' }))).toMatchObject({ ok: true });
    await advance(db(), w.officer, caseId, 'CLOSED', {}, at('2026-03-09'));
    expect(await db().disclosure.count({ where: { enforcementCaseId: caseId } })).toBe(0);
  });

  it('runs a household survey through its own template, never through penalty steps', async () => {
    const filed = await fileTestCase(
      db(),
      w.officer,
      caseFields(w, { caseType: 'ASSISTANCE_HOUSEHOLD_SURVEY', caseTitle: '李四低保入户调查', partyName0: '李四', recusalDeclared: 'on' }),
      at('2026-03-02'),
    );
    await expect(advance(db(), w.officer, filed.id, 'INVESTIGATION', {}, at('2026-03-02'))).rejects.toThrow('不能进入');
    const detail = await getCaseDetail(db(), filed.id, w.officer, at('2026-03-02'));
    expect(detail.next.map((s) => s.key)).toEqual(['HOME_VISIT']);
    expect(detail.deadlines).toEqual([]);
  });

  it("lists the officer's open cases by nearest deadline, overdue first", async () => {
    const old = await fileTestCase(db(), w.officer2, caseFields(w, { caseTitle: '久拖案', filedOn: '2025-10-01' }), at('2026-03-02'));
    const recent = await fileTestCase(db(), w.officer2, caseFields(w, { caseTitle: '新近案', filedOn: '2026-03-01' }), at('2026-03-02'));
    const mine = await listMyCases(db(), w.officer2, at('2026-03-02'));
    const ids = mine.map((c) => c.id);
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(recent.id));
    expect(mine.find((c) => c.id === old.id)?.nearest).toMatchObject({ key: 'DECISION', status: 'overdue', needsExtension: true });
    expect(mine.find((c) => c.id === recent.id)?.nearest).toMatchObject({ key: 'DECISION', due: '2026-06-01' });
  });
});
