import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recordLicenceAction } from '@/app/(staff)/staff/licences/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { checkDisclosureReport } from '@/lib/domain/reports/statistics';
import { loadDisclosureReportTables, loadEnforcementStatistics } from '@/lib/queries/reports/statistics';
import { actAs, form } from '../setup/act-as';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

let officer: Actor;
beforeAll(async () => {
  officer = await makeUser(db(), { roles: ['OFFICER'], name: '许可经办人' });
  await db().informationRequest.createMany({
    data: [
      { receivedOn: day('2020-12-21'), applicantKind: 'PERSON', subject: '结转申请', outcome: 'DISCLOSED_IN_FULL', answeredOn: day('2021-01-11') },
      { receivedOn: day('2021-03-01'), applicantKind: 'PERSON', subject: '低保政策', outcome: 'DISCLOSED_IN_PART', answeredOn: day('2021-03-19') },
      { receivedOn: day('2021-06-01'), applicantKind: 'BUSINESS', subject: '养老机构名单', outcome: 'UNABLE_TO_PROVIDE', answeredOn: day('2021-06-20') },
      { receivedOn: day('2021-12-27'), applicantKind: 'LEGAL_SERVICE', subject: '年末申请', outcome: 'PENDING' },
      { receivedOn: day('2022-01-04'), applicantKind: 'OTHER', subject: '次年申请', outcome: 'PENDING' },
    ],
  });
  // The reconsideration and litigation register: two cases about information-request answers, one
  // about something else (no disclosure link), which the disclosure report's table leaves out.
  const answered = await db().informationRequest.findFirstOrThrow({ where: { subject: '低保政策' } });
  const other = await db().informationRequest.findFirstOrThrow({ where: { subject: '养老机构名单' } });
  const remedy = { organ: '区人民政府', claimant: '某申请人', challengedDecision: '政府信息公开申请答复', createdById: officer.id };
  await db().remedyCase.createMany({
    data: [
      {
        ...remedy,
        kind: 'RECONSIDERATION',
        caseNumber: 'FY-2021-1',
        informationRequestId: answered.id,
        receivedOn: day('2021-05-10'),
        answerDueOn: day('2021-05-20'),
        outcome: 'UPHELD',
        concludedOn: day('2021-07-01'),
      },
      {
        ...remedy,
        kind: 'LITIGATION',
        caseNumber: 'SS-2021-1',
        organ: '区人民法院',
        informationRequestId: other.id,
        receivedOn: day('2021-08-10'),
        answerDueOn: day('2021-08-25'),
      },
      {
        ...remedy,
        kind: 'LITIGATION',
        caseNumber: 'SS-2021-2',
        organ: '区人民法院',
        challengedDecision: '行政处罚决定',
        receivedOn: day('2021-09-10'),
        answerDueOn: day('2021-09-27'),
        outcome: 'REVOKED',
        concludedOn: day('2021-11-01'),
      },
    ],
  });
});

describe('statutory yearly outputs', () => {
  it('registers licence decisions for officers only, and counts them in the enforcement statistics with every category listed', async () => {
    await actAs(await makeUser(db(), { roles: ['EDITOR', 'DIRECTOR'], name: '非执法人员' }));
    const fields = { decidedOn: '2021-04-02', matter: '养老机构设立许可', applicant: '某养老院', granted: 'true' };
    expect(await recordLicenceAction(initialActionState, form(fields))).toMatchObject({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await db().licenceDecision.count()).toBe(0);
    await actAs(officer);
    expect(await recordLicenceAction(initialActionState, form(fields))).toMatchObject({ ok: true });
    expect(await recordLicenceAction(initialActionState, form({ ...fields, decidedOn: '2021-09-09', granted: 'false' }))).toMatchObject({ ok: true });
    expect(await recordLicenceAction(initialActionState, form({ ...fields, decidedOn: '2022-01-09' }))).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: 'report.recordLicence', actorId: officer.id } })).toBe(3);

    const stats = await loadEnforcementStatistics(db(), 2021);
    expect(stats.rows.map((r) => r.label)).toEqual([
      '行政许可',
      '行政处罚',
      '行政强制',
      '行政检查',
      '取缔非法社会组织',
      '社会救助入户调查',
      '居民家庭经济状况核对',
      '流浪乞讨人员救助',
      '殡葬改革稽查',
      '养老服务监管',
    ]);
    expect(stats.rows[0]).toMatchObject({ count: 2, detail: expect.stringContaining('准予1件，不予1件') });
    expect(stats.rows.find((r) => r.key === 'penalty')).toMatchObject({ count: 0, href: '/staff/dashboard/records?metric=cases.type.PENALTY&year=2021' });
    expect(stats.total).toBe(2);
  });

  it('counts the disclosure report request table from the request records, totals adding up, and detects a mismatch', async () => {
    const { tables, problems } = await loadDisclosureReportTables(db(), 2021);
    expect(problems).toEqual([]);
    expect(tables.requests.received).toMatchObject({ PERSON: 1, BUSINESS: 1, LEGAL_SERVICE: 1, OTHER: 0, TOTAL: 3 });
    expect(tables.requests.carriedIn).toMatchObject({ PERSON: 1, TOTAL: 1 });
    expect(tables.requests.outcomeTotal.TOTAL).toBe(3);
    expect(tables.requests.carriedOut).toMatchObject({ LEGAL_SERVICE: 1, TOTAL: 1 });
    expect(tables.remedies.reconsideration).toMatchObject({ UPHELD: 1, TOTAL: 1 });
    // Only cases about information disclosure: the revoked penalty's suit is not in the table.
    expect(tables.remedies.litigationDirect).toMatchObject({ PENDING: 1, CORRECTED: 0, TOTAL: 1 });
    expect(tables.proactive.decisions[0]).toEqual({ label: '行政许可', count: 2 });

    // A new request answered the next year moves between rows, never breaking the totals.
    await db().informationRequest.create({
      data: { receivedOn: day('2021-12-30'), applicantKind: 'RESEARCH', subject: '跨年', outcome: 'NOT_DISCLOSED', answeredOn: day('2022-01-06') },
    });
    const after = await loadDisclosureReportTables(db(), 2021);
    expect(after.tables.requests.received.TOTAL).toBe(4);
    expect(after.tables.requests.carriedOut).toMatchObject({ RESEARCH: 1, TOTAL: 2 });
    expect(after.problems).toEqual([]);
    const next = await loadDisclosureReportTables(db(), 2022);
    expect(next.tables.requests.carriedIn.TOTAL).toBe(2);
    expect(next.tables.requests.NOT_DISCLOSED.RESEARCH).toBe(1);
    expect(next.problems).toEqual([]);

    const broken = structuredClone(after.tables);
    broken.requests.DISCLOSED_IN_FULL.PERSON += 1;
    expect(checkDisclosureReport(broken).map((p) => p.column)).toEqual(expect.arrayContaining(['PERSON', 'TOTAL']));
  });
});
