import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recordRecheckAction, recordResponseAction } from '@/app/(staff)/staff/inspections/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getElderlyCareCoverage } from '@/lib/queries/inspections/coverage';
import { inspectionFigures } from '@/lib/queries/inspections/figures';
import { getRectification, listOverdueRectifications } from '@/lib/queries/inspections/rectifications';
import { recordRecheck } from '@/lib/services/inspections/record-recheck';
import { recordRectificationResponse } from '@/lib/services/inspections/record-response';
import { actAs, form } from '../setup/act-as';
import { inspectionRowCounts, makeCertifiedOfficer, makeEntity, makeInspection } from '../factories/inspections';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
let admin: Actor;
let officer: Actor;
let inspectors: string[];

beforeAll(async () => {
  admin = await ensureAdmin(db());
  officer = await makeUser(db(), { roles: ['OFFICER'] });
  inspectors = [await makeCertifiedOfficer(db(), admin, '张一'), await makeCertifiedOfficer(db(), admin, '李二')];
});

describe('a rectification order', () => {
  it('goes overdue by date, and closes only after a passed re-check', async () => {
    const entity = await makeEntity(db(), officer, { entityName: '市中区康宁养老院' });
    // Mon 2021-09-27: 10 working days skip 国庆节 and count the make-up Saturday 10-09 → 2021-10-15.
    const inspection = await makeInspection(
      db(),
      officer,
      { entityId: entity.id, inspectorIds: inspectors, inspectedOn: '2021-09-27', findings: ['消防通道堆放杂物'] },
      at('2021-09-27'),
    );
    expect(inspection.dueOn).toBe('2021-10-15');
    const id = inspection.rectificationIds[0] as string;

    expect((await listOverdueRectifications(db(), { now: at('2021-10-15') })).map((r) => r.id)).not.toContain(id);
    const overdue = await listOverdueRectifications(db(), { now: at('2021-10-18') });
    expect(overdue.find((r) => r.id === id)?.overdue).toMatchObject({ overdue: true, kind: 'RESPONSE', due: '2021-10-15' });

    // A re-check before any response is refused: nothing to re-check, nothing written.
    await actAs(officer);
    const before = await inspectionRowCounts(db());
    const early = await recordRecheckAction(initialActionState, form({ rectificationId: id, checkedOn: '2021-10-18', passed: 'true', recheckNote: '通过' }));
    expect(early).toEqual({ ok: false, message: '整改单当前状态为“待整改”，须先登记整改反馈才能复查' });
    expect(await inspectionRowCounts(db())).toEqual(before);

    // The late response: the re-check is due 5 working days later (Wed 10-20 → Wed 10-27).
    const responded = await recordRectificationResponse(db(), officer, { rectificationId: id, response: '已清理消防通道' }, at('2021-10-20'));
    expect(responded.recheckDueOn).toBe('2021-10-27');
    expect((await listOverdueRectifications(db(), { now: at('2021-10-27') })).map((r) => r.id)).not.toContain(id);
    expect((await listOverdueRectifications(db(), { now: at('2021-10-28') })).find((r) => r.id === id)?.overdue).toMatchObject({ kind: 'RECHECK' });
    const twice = await recordRectificationResponse(db(), officer, { rectificationId: id, response: '再次反馈' }, at('2021-10-21')).catch((e: Error) => e);
    expect(twice).toBeInstanceOf(Error);
    expect((twice as Error).message).toContain('已反馈待复查');

    // A failed re-check re-opens the period (10 working days from the re-check) and needs a new response.
    const failed = await recordRecheck(db(), officer, { rectificationId: id, checkedOn: '2021-10-22', passed: false, recheckNote: '仍有杂物' }, at('2021-10-22'));
    expect(failed).toMatchObject({ status: 'RECHECK_FAILED', dueOn: '2021-11-05' });
    const again = await recordRecheck(db(), officer, { rectificationId: id, checkedOn: '2021-10-25', passed: true, recheckNote: '通过' }, at('2021-10-25')).catch((e: Error) => e);
    expect((again as Error).message).toContain('须先登记整改反馈才能复查');

    await recordRectificationResponse(db(), officer, { rectificationId: id, response: '已彻底清理并设专人巡查' }, at('2021-11-01'));
    const tooEarly = await recordRecheck(db(), officer, { rectificationId: id, checkedOn: '2021-10-29', passed: true, recheckNote: '通过' }, at('2021-11-02')).catch(
      (e: Error) => e,
    );
    expect((tooEarly as Error).message).toContain('复查日期不能早于整改反馈日期（2021-11-01）');
    const closed = await recordRecheck(db(), officer, { rectificationId: id, checkedOn: '2021-11-03', passed: true, recheckNote: '通道畅通' }, at('2021-11-03'));
    expect(closed.status).toBe('CLOSED');

    const detail = await getRectification(db(), { id, now: at('2022-01-01') });
    expect(detail).toMatchObject({ status: 'CLOSED', closedOn: '2021-11-03', overdue: { overdue: false } });
    expect(detail?.timeline.map((e) => [e.kind, e.on])).toEqual([
      ['OPENED', '2021-09-27'],
      ['RESPONDED', '2021-10-20'],
      ['RECHECK_FAILED', '2021-10-22'],
      ['RESPONDED', '2021-11-01'],
      ['RECHECK_PASSED', '2021-11-03'],
    ]);
    expect(await db().recheck.count({ where: { rectificationId: id } })).toBe(2);
    const responseAfterClose = await recordResponseAction(initialActionState, form({ rectificationId: id, response: '补充' }));
    expect(responseAfterClose).toEqual({ ok: false, message: '整改单当前状态为“已销号”，不能登记整改反馈' });
  });

  it('names bad response and re-check input in Chinese', async () => {
    await actAs(officer);
    const response = await recordResponseAction(initialActionState, form({ rectificationId: '', response: '  ' }));
    expect(response.fieldErrors).toEqual({ rectificationId: ['缺少整改单'], response: ['请填写整改情况'] });
    const recheck = await recordRecheckAction(initialActionState, form({ rectificationId: 'x', checkedOn: 'yesterday', passed: 'maybe', recheckNote: '' }));
    expect(recheck.fieldErrors).toEqual({ checkedOn: ['请输入有效的复查日期'], passed: ['请选择复查结论'], recheckNote: ['请填写复查情况'] });
    const missing = await recordResponseAction(initialActionState, form({ rectificationId: 'no-such-order', response: '已整改' }));
    expect(missing).toEqual({ ok: false, message: '整改单不存在。' });
  });
});

describe('coverage and figures', () => {
  it('updates as elderly-care institutions are inspected on site, and names those not covered', async () => {
    const year = 2023;
    const now = at('2023-12-31');
    const start = await getElderlyCareCoverage(db(), { year, now });
    const a = await makeEntity(db(), officer, { entityName: '覆盖甲养老院', filedOn: '2018-01-02' });
    // Filed Mon 2023-09-25: 20 working days skip 中秋/国庆 (09-29…10-06), count the make-up 10-07 and 10-08.
    const b = await makeEntity(db(), officer, { entityName: '覆盖乙养老院', filedOn: '2023-09-25' });
    await makeEntity(db(), officer, { entityKind: 'FUNERAL_BUSINESS', entityName: '某殡葬服务站' });

    const added = await getElderlyCareCoverage(db(), { year, now });
    expect(added.total).toBe(start.total + 2);
    expect(added.covered).toBe(start.covered);
    expect(added.uncovered.map((u) => u.name)).toEqual(expect.arrayContaining(['覆盖甲养老院', '覆盖乙养老院']));

    await makeInspection(db(), officer, { entityId: a.id, inspectorIds: inspectors, inspectedOn: '2023-05-10', onSite: false }, now);
    expect((await getElderlyCareCoverage(db(), { year, now })).covered).toBe(start.covered);
    await makeInspection(db(), officer, { entityId: a.id, inspectorIds: inspectors, inspectedOn: '2023-05-11' }, now);
    const one = await getElderlyCareCoverage(db(), { year, now });
    expect(one.covered).toBe(start.covered + 1);
    expect(one.uncovered.map((u) => u.name)).not.toContain('覆盖甲养老院');

    const bRow = one.rows.find((r) => r.entityId === b.id);
    expect(bRow?.filingCheckDue).toBe('2023-10-27');
    await makeInspection(db(), officer, { entityId: b.id, inspectorIds: inspectors, inspectedOn: '2023-10-30' }, now);
    const late = await getElderlyCareCoverage(db(), { year, now });
    expect(late.uncovered.find((u) => u.entityId === b.id)?.reasons.map((r) => r.code)).toEqual(['FILING_CHECK_MISSED']);
    await makeInspection(db(), officer, { entityId: b.id, inspectorIds: inspectors, inspectedOn: '2023-10-27' }, now);
    const both = await getElderlyCareCoverage(db(), { year, now });
    expect(both.covered).toBe(start.covered + 2);

    const figures = await inspectionFigures(db(), { year, now });
    expect(figures).toMatchObject({ year, total: 4, elderlyCare: 4, joint: 0 });
    expect(figures.byKind.ROUTINE).toBe(4);
  });
});
