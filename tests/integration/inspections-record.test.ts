import { revalidatePath } from 'next/cache';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createEntityAction,
  createPlanAction,
  declareConflictAction,
  recordInspectionAction,
  recordRecheckAction,
  recordResponseAction,
  runDrawAction,
  updateEntityAction,
} from '@/app/(staff)/staff/inspections/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { fieldLabel } from '@/lib/i18n/messages';
import { actAs, form } from '../setup/act-as';
import { inspectionRowCounts, makeCertifiedOfficer, makeEntity, makePlan } from '../factories/inspections';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let admin: Actor;
let officer: Actor;
let zhang: string;
let li: string;
let expired: string;
let unregistered: string;
let entityId: string;

const db = () => getDb();
const inspectionForm = (overrides: Record<string, string | string[]> = {}) =>
  form({
    entityId,
    inspectionKind: 'ROUTINE',
    inspectedOn: '2026-03-02',
    onSite: 'on',
    inspectorIds: [zhang, li],
    itemsChecked: '消防设施\n食品安全',
    findings: '',
    ...overrides,
  });

beforeAll(async () => {
  admin = await ensureAdmin(db());
  officer = await makeUser(db(), { roles: ['OFFICER'], name: '张执法' });
  zhang = await makeCertifiedOfficer(db(), admin, '张一');
  li = await makeCertifiedOfficer(db(), admin, '李二');
  expired = await makeCertifiedOfficer(db(), admin, '王过期', { validTo: '2026-01-31' });
  unregistered = await makeCertifiedOfficer(db(), admin, '赵未注册', { platformRegistered: false });
  entityId = (await makeEntity(db(), officer, { entityName: '市中区福寿养老院' })).id;
});

describe('recording an inspection, through the server action', () => {
  it('refuses an inspection with one certified officer, citing art. 42, and writes nothing', async () => {
    await actAs(officer);
    const before = await inspectionRowCounts(db());
    const state = await recordInspectionAction(initialActionState, inspectionForm({ inspectorIds: [zhang] }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('两名以上');
    expect(state.message).toContain('《行政处罚法》第四十二条');
    expect(await inspectionRowCounts(db())).toEqual(before);
  });

  it('refuses an officer whose certificate expired before the inspection date', async () => {
    await actAs(officer);
    const before = await inspectionRowCounts(db());
    const state = await recordInspectionAction(initialActionState, inspectionForm({ inspectorIds: [zhang, expired] }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('王过期');
    expect(state.message).toContain('已于2026-01-31到期');
    expect(await inspectionRowCounts(db())).toEqual(before);

    // The same officer was qualified on a date before the expiry: a past inspection is accepted.
    const earlier = await recordInspectionAction(initialActionState, inspectionForm({ inspectorIds: [zhang, expired], inspectedOn: '2026-01-15' }));
    expect(earlier).toEqual({ ok: true, message: '检查已记录；每个问题已生成整改单。' });
  });

  it('refuses an officer not registered on the supervision platform', async () => {
    await actAs(officer);
    const state = await recordInspectionAction(initialActionState, inspectionForm({ inspectorIds: [zhang, unregistered] }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('赵未注册');
  });

  it('refuses an inspector with a declared conflict with the entity (recusal)', async () => {
    const wang = await makeCertifiedOfficer(db(), admin, '孙回避');
    await actAs(officer);
    const declared = await declareConflictAction(initialActionState, form({ entityId, officerId: wang, conflictReason: '其配偶在该院任职' }));
    expect(declared.ok).toBe(true);
    const twice = await declareConflictAction(initialActionState, form({ entityId, officerId: wang, conflictReason: '重复' }));
    expect(twice).toMatchObject({ ok: false, message: '该执法人员与此检查对象的回避已申报过。' });

    const before = await inspectionRowCounts(db());
    const state = await recordInspectionAction(initialActionState, inspectionForm({ inspectorIds: [zhang, wang] }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('孙回避已申报与该检查对象存在利害关系，应当回避');
    expect(state.message).toContain('《行政处罚法》第四十三条');
    expect(await inspectionRowCounts(db())).toEqual(before);
  });

  it('requires partner departments for a joint inspection', async () => {
    await actAs(officer);
    const state = await recordInspectionAction(initialActionState, inspectionForm({ inspectionKind: 'JOINT' }));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('联合检查须写明参与的部门');
  });

  it('records a joint inspection with its findings, each opening a rectification due in working days, audited', async () => {
    await actAs(officer);
    const before = await inspectionRowCounts(db());
    // Thu 2026-09-24: 10 working days skip 中秋/国庆 (10-01…10-07 in the seeded calendar) and count the make-up days.
    const state = await recordInspectionAction(
      initialActionState,
      inspectionForm({
        inspectionKind: 'JOINT',
        inspectedOn: '2026-09-24',
        partnerDepartments: ['消防', '市场监管'],
        findings: '消防通道堆放杂物\n\n部分灭火器过期',
      }),
    );
    expect(state.ok).toBe(true);
    expect(revalidatePath).toHaveBeenCalledWith('/staff/inspections', 'layout');
    const after = await inspectionRowCounts(db());
    expect(after).toEqual({ ...before, inspections: before.inspections + 1, findings: before.findings + 2, rectifications: before.rectifications + 2, audit: before.audit + 1 });

    const inspection = await db().inspection.findFirstOrThrow({
      where: { entityId, kind: 'JOINT' },
      include: { inspectors: true, findings: { include: { rectification: true } } },
    });
    expect(inspection.partnerDepartments).toEqual(['消防', '市场监管']);
    expect(inspection.inspectors.map((i) => i.officerId).sort()).toEqual([zhang, li].sort());
    expect(inspection.itemsChecked).toEqual(['消防设施', '食品安全']);
    const calendar = await db().holiday.findMany({ where: { date: { gte: new Date('2026-09-25'), lte: new Date('2026-10-12') } } });
    const expectedDue = expectedTenWorkingDaysAfter('2026-09-24', calendar);
    for (const finding of inspection.findings) {
      expect(finding.rectification?.status).toBe('OPEN');
      expect(finding.rectification?.dueOn.toISOString().slice(0, 10)).toBe(expectedDue);
    }
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: 'Inspection', entityId: inspection.id } });
    expect(audit).toMatchObject({ action: 'inspection.record', actorId: officer.id });
  });

  it('refuses a plan of another year and an inspection dated in the future', async () => {
    const plan = await makePlan(db(), officer, 2025);
    await actAs(officer);
    const wrongYear = await recordInspectionAction(initialActionState, inspectionForm({ planId: plan.id }));
    expect(wrongYear.message).toContain('检查日期不在所选计划的年度（2025年）内');
    const future = await recordInspectionAction(initialActionState, inspectionForm({ inspectedOn: '2099-01-05' }));
    expect(future.message).toContain('不能晚于今天');
  });

  it('names each bad field in Chinese and writes nothing', async () => {
    await actAs(officer);
    const before = await inspectionRowCounts(db());
    const state = await recordInspectionAction(
      initialActionState,
      form({ entityId: '', inspectionKind: 'PICNIC', inspectedOn: '2026-02-30', itemsChecked: '', partnerDepartments: ['外星'] }),
    );
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/^提交的内容有误，请检查：/);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['entityId', 'inspectedOn', 'inspectionKind', 'inspectorIds', 'itemsChecked', 'partnerDepartments']);
    expect(state.fieldErrors).toMatchObject({
      entityId: ['请选择检查对象'],
      inspectionKind: ['请选择检查类型'],
      inspectedOn: ['请输入有效的检查日期'],
      inspectorIds: ['请选择检查人员'],
      itemsChecked: ['请至少填写一项检查事项'],
      partnerDepartments: ['未知的参与部门'],
    });
    for (const field of Object.keys(state.fieldErrors ?? {})) expect(state.message).toContain(fieldLabel(field));

    const entity = await createEntityAction(initialActionState, form({ entityKind: 'ELDERLY_CARE', entityName: '', address: '', filedOn: '2026-13-01' }));
    expect(entity.fieldErrors).toEqual({ entityName: ['请输入检查对象名称'], address: ['请输入地址'], filedOn: ['请输入有效的备案日期'] });
    const plan = await createPlanAction(initialActionState, form({ planYear: '二〇二一', planTitle: '' }));
    expect(Object.keys(plan.fieldErrors ?? {}).sort()).toEqual(['planTitle', 'planYear']);
    expect(await inspectionRowCounts(db())).toEqual(before);
  });
});

describe('wrong roles, calling every action directly', () => {
  it('refuses signed-out callers and every role but OFFICER, writing nothing', async () => {
    const plan = await makePlan(db(), officer, 2026);
    const rectification = await db().rectification.findFirstOrThrow();
    const calls = () => [
      createEntityAction(initialActionState, form({ entityKind: 'ELDERLY_CARE', entityName: '某养老院', address: '某路' })),
      updateEntityAction(initialActionState, form({ entityId, entityKind: 'ELDERLY_CARE', entityName: '改名', address: '某路', active: 'false' })),
      declareConflictAction(initialActionState, form({ entityId, officerId: zhang, conflictReason: '亲属' })),
      createPlanAction(initialActionState, form({ planYear: '2026', planTitle: '计划' })),
      runDrawAction(initialActionState, form({ planId: plan.id, entityCount: '1' })),
      recordInspectionAction(initialActionState, inspectionForm()),
      recordResponseAction(initialActionState, form({ rectificationId: rectification.id, response: '已整改' })),
      recordRecheckAction(initialActionState, form({ rectificationId: rectification.id, checkedOn: '2026-10-20', passed: 'true', recheckNote: '通过' })),
    ];
    const others = await makeUser(db(), { roles: ['ADMIN', 'DIRECTOR', 'EDITOR', 'LEGAL_REVIEWER', 'HEARING_HOST'] });
    const before = await inspectionRowCounts(db());
    vi.mocked(revalidatePath).mockClear();

    await actAs(null);
    for (const state of await Promise.all(calls())) expect(state).toEqual({ ok: false, message: '请先登录。' });
    await actAs(others);
    for (const state of await Promise.all(calls())) expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });

    expect(await inspectionRowCounts(db())).toEqual(before);
    expect(await db().supervisedEntity.findUniqueOrThrow({ where: { id: entityId } })).toMatchObject({ name: '市中区福寿养老院', active: true });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('re-reads roles: an officer demoted mid-session is refused at once', async () => {
    const demoted = await makeUser(db(), { roles: ['OFFICER'] });
    await actAs(demoted);
    await db().user.update({ where: { id: demoted.id }, data: { roles: ['EDITOR'] } });
    const before = await inspectionRowCounts(db());
    const state = await createEntityAction(initialActionState, form({ entityKind: 'ELDERLY_CARE', entityName: '某养老院', address: '某路' }));
    expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await inspectionRowCounts(db())).toEqual(before);
  });
});

// Ten working days counted independently of the domain code, from the Holiday rows.
function expectedTenWorkingDaysAfter(start: string, rows: { date: Date; kind: string }[]): string {
  const kind = new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.kind]));
  let date = new Date(`${start}T00:00:00Z`);
  let counted = 0;
  while (counted < 10) {
    date = new Date(date.getTime() + 86_400_000);
    const iso = date.toISOString().slice(0, 10);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const works = kind.get(iso) === 'MAKEUP_WORKDAY' || (!weekend && kind.get(iso) !== 'HOLIDAY');
    if (works) counted += 1;
  }
  return date.toISOString().slice(0, 10);
}
