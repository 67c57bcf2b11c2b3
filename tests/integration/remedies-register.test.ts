import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recordRemedyProgressAction, registerRemedyAction } from '@/app/(staff)/staff/remedies/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { metricValues } from '@/lib/queries/metrics/registry';
import { listRemedies } from '@/lib/queries/remedies/remedy-register';
import { loadDisclosureReportTables } from '@/lib/queries/reports/statistics';
import { exportRemedies } from '@/lib/services/remedies/export-remedies';
import { exportStatistics } from '@/lib/services/reports/export-statistics';
import { makeUser } from '../factories/users';
import { actAs, form } from '../setup/act-as';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

let legal: Actor;
let requestId: string;
beforeAll(async () => {
  legal = await makeUser(db(), { roles: ['LEGAL_REVIEWER'], name: '法制股' });
  requestId = (
    await db().informationRequest.create({
      data: { receivedOn: day('2021-02-01'), applicantKind: 'PERSON', subject: '救助资金发放', outcome: 'NOT_DISCLOSED', answeredOn: day('2021-02-20') },
    })
  ).id;
});

describe('the reconsideration and litigation register', () => {
  it('refuses other roles, and registers a suit with its 15-day answer deadline', async () => {
    const fields = {
      remedyKind: 'LITIGATION',
      caseNumber: '（2021）鲁0102行初12号',
      organ: '区人民法院',
      claimant: '某原告',
      challengedDecision: '政府信息公开答复',
      informationRequestId: requestId,
      receivedOn: '2021-03-01',
    };
    await actAs(await makeUser(db(), { roles: ['EDITOR', 'OFFICER'], name: '无权人员' }));
    expect(await registerRemedyAction(initialActionState, form(fields))).toMatchObject({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await db().remedyCase.count()).toBe(0);
    await actAs(legal);
    expect(await registerRemedyAction(initialActionState, form(fields))).toMatchObject({ ok: true });
    // 15 days from 1 March 2021 is 16 March (a Tuesday).
    const [row] = await listRemedies(db(), { year: 2021 });
    expect(row).toMatchObject({ kind: 'LITIGATION', answerDueOn: '2021-03-16', aboutDisclosure: true, challengedHref: '/staff/requests' });
    // A reconsideration reply is due in 10 days; one not about disclosure.
    expect(
      await registerRemedyAction(
        initialActionState,
        form({
          ...fields,
          remedyKind: 'RECONSIDERATION',
          caseNumber: '复议2021-3',
          organ: '区人民政府',
          challengedDecision: '行政处罚决定',
          informationRequestId: '',
          receivedOn: '2021-04-06',
        }),
      ),
    ).toMatchObject({ ok: true });
    expect((await listRemedies(db(), { year: 2021 })).find((r) => r.caseNumber === '复议2021-3')).toMatchObject({ answerDueOn: '2021-04-16', aboutDisclosure: false });
    expect(await db().auditEvent.count({ where: { action: 'remedy.register', actorId: legal.id } })).toBe(2);
  });

  it('records the answer, the hearing with the head in court and a structured outcome, refusing what does not hold', async () => {
    const suit = await db().remedyCase.findFirstOrThrow({ where: { kind: 'LITIGATION' } });
    expect(await recordRemedyProgressAction(initialActionState, form({ remedyId: suit.id, headAppeared: 'true' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('请先填写开庭日期'),
    });
    expect(await recordRemedyProgressAction(initialActionState, form({ remedyId: suit.id, outcome: 'REVOKED' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('审结结果与审结日期须同时填写'),
    });
    expect(
      await recordRemedyProgressAction(
        initialActionState,
        form({ remedyId: suit.id, answeredOn: '2021-03-12', hearingOn: '2021-05-20', headAppeared: 'true', outcome: 'REVOKED', concludedOn: '2021-06-30' }),
      ),
    ).toMatchObject({ ok: true });
    const reconsideration = await db().remedyCase.findFirstOrThrow({ where: { kind: 'RECONSIDERATION' } });
    expect(await recordRemedyProgressAction(initialActionState, form({ remedyId: reconsideration.id, hearingOn: '2021-05-20' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('行政复议不登记开庭'),
    });
    expect(
      await recordRemedyProgressAction(initialActionState, form({ remedyId: reconsideration.id, answeredOn: '2021-04-20', outcome: 'UPHELD', concludedOn: '2021-06-01' })),
    ).toMatchObject({ ok: true });
    const rows = await listRemedies(db(), { year: 2021 });
    expect(rows.find((r) => r.id === reconsideration.id)).toMatchObject({ answerLate: true, outcome: 'UPHELD' });
    expect(rows.find((r) => r.id === suit.id)).toMatchObject({ answerLate: false, headAppeared: true, outcome: 'REVOKED' });
  });

  it('feeds the rule-of-law figures, and the disclosure report table counts only disclosure cases', async () => {
    expect(await metricValues(db(), 2021, ['remedies.reconsideration', 'remedies.litigation', 'remedies.corrected', 'remedies.headAppeared'])).toEqual({
      'remedies.reconsideration': 1,
      'remedies.litigation': 1,
      'remedies.corrected': 1,
      'remedies.headAppeared': 1,
    });
    const { tables, problems } = await loadDisclosureReportTables(db(), 2021);
    expect(problems).toEqual([]);
    expect(tables.remedies.litigationDirect).toMatchObject({ CORRECTED: 1, TOTAL: 1 });
    // The reconsideration of a penalty is not about information disclosure: not in the table.
    expect(tables.remedies.reconsideration).toMatchObject({ TOTAL: 0 });
  });

  it('exports the register, and the disclosure report tables in their prescribed layout, to xlsx', async () => {
    const register = new ExcelJS.Workbook();
    await register.xlsx.load(arrayBuffer(await exportRemedies(db(), legal, { year: 2021 })));
    const rows = register.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows.some((row) => row.includes('（2021）鲁0102行初12号') && row.includes('撤销') && row.includes('是'))).toBe(true);

    const director = await makeUser(db(), { roles: ['DIRECTOR'], name: '局长' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(arrayBuffer(await exportStatistics(db(), director, { year: 2021 })));
    const sheet = book.getWorksheet('政府信息公开年度报告')!;
    const values = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    const text = values.map((row) => row.join('|'));
    expect(text.some((line) => line.includes('四、政府信息公开行政复议、行政诉讼情况'))).toBe(true);
    expect(text.some((line) => line.includes('未经复议直接起诉') && line.includes('复议后起诉'))).toBe(true);
    // 件数: reconsideration (5 results), direct suits (5), suits after reconsideration (5).
    expect(values.find((row) => row[0] === '件数')).toEqual(['件数', 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
    await expect(exportStatistics(db(), legal, { year: 2021 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
