import { revalidatePath } from 'next/cache';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addCertificateAction, createOfficerAction, recordTrainingAction, revokeCertificateAction, updateOfficerAction } from '@/app/(staff)/staff/officers/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { ROLES } from '@/lib/domain/auth/permissions';
import { listAssignableOfficers, officerAssignabilityBlockers } from '@/lib/queries/officers/assignable-officers';
import { listExpiringCertificates } from '@/lib/queries/officers/expiring-certificates';
import { getLegalStaffRatio, getOfficerFigures } from '@/lib/queries/officers/officer-figures';
import { actAs, form } from '../setup/act-as';
import { certificateNumber, makeOfficer } from '../factories/officers';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
async function counts() {
  const [officers, certificates, trainings, attendances, audit] = await Promise.all([
    db().officer.count(),
    db().certificate.count(),
    db().training.count(),
    db().trainingAttendance.count(),
    db().auditEvent.count(),
  ]);
  return { officers, certificates, trainings, attendances, audit };
}
const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);

let admin: Actor;
let everyoneElse: Actor;
beforeAll(async () => {
  admin = await ensureAdmin(db());
  everyoneElse = await makeUser(db(), { roles: ROLES.filter((role) => role !== 'ADMIN') });
});

describe('assignable officers', () => {
  it('an expired certificate removes the officer from the assignable list from the next day', async () => {
    const officer = await makeOfficer(db(), admin, { name: '过期甲', certificates: [{ validFrom: '2020-01-01', validTo: '2021-06-30' }] });
    const onLastDay = await listAssignableOfficers(db(), { on: at('2021-06-30') });
    expect(onLastDay.map((o) => o.id)).toContain(officer.id);
    const dayAfter = await listAssignableOfficers(db(), { on: at('2021-07-01') });
    expect(dayAfter.map((o) => o.id)).not.toContain(officer.id);

    const blockers = await officerAssignabilityBlockers(db(), { officerIds: [officer.id], on: at('2021-07-01') });
    expect(blockers).toHaveLength(1);
    expect(blockers[0]?.code).toBe('CERTIFICATE_EXPIRED');
    expect(blockers[0]?.message).toBe(`过期甲：执法证${officer.certificateNumbers[0]}已于2021-06-30到期`);
  });

  it('filters by kind and leaves out officers without a qualifying certificate, exam or registration', async () => {
    const host = await makeOfficer(db(), admin, { name: '主持乙', certificates: [{ kind: 'HEARING_HOST', category: '听证主持人证' }] });
    const unregistered = await makeOfficer(db(), admin, { name: '未注册丙', certificates: [{ platformRegistered: false }] });
    const enforcement = (await listAssignableOfficers(db(), { on: at('2024-03-01') })).map((o) => o.id);
    const hosts = (await listAssignableOfficers(db(), { on: at('2024-03-01'), kind: 'HEARING_HOST' })).map((o) => o.id);
    expect(enforcement).not.toContain(host.id);
    expect(enforcement).not.toContain(unregistered.id);
    expect(hosts).toEqual([host.id]);
  });

  it('revoking a certificate through the action removes the officer at once, with an audit row', async () => {
    const officer = await makeOfficer(db(), admin, { name: '注销丁' });
    expect((await listAssignableOfficers(db(), { on: new Date() })).map((o) => o.id)).toContain(officer.id);
    await actAs(admin);
    const state = await revokeCertificateAction(initialActionState, form({ certificateId: officer.certificateIds[0]!, reason: '调离执法岗位' }));
    expect(state).toEqual({ ok: true, message: '证件已注销，该人员已从相应的可指派名单中移除。' });
    expect((await listAssignableOfficers(db(), { on: new Date() })).map((o) => o.id)).not.toContain(officer.id);
    // Before the revocation day the certificate still counted (history is not rewritten).
    expect((await listAssignableOfficers(db(), { on: at('2022-01-01') })).map((o) => o.id)).toContain(officer.id);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'officer.revokeCertificate', entityId: officer.certificateIds[0]! } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toMatchObject({ reason: '调离执法岗位' });

    const again = await revokeCertificateAction(initialActionState, form({ certificateId: officer.certificateIds[0]!, reason: '重复' }));
    expect(again.ok).toBe(false);
    expect(again.message).toContain('已被注销');
  });

  it('a deactivated officer is not assignable', async () => {
    const officer = await makeOfficer(db(), admin, { name: '停用戊' });
    await actAs(admin);
    const state = await updateOfficerAction(initialActionState, form({ officerId: officer.id, name: '停用戊', unit: '市中区民政局' }));
    expect(state.ok).toBe(true);
    expect((await listAssignableOfficers(db(), { on: new Date() })).map((o) => o.id)).not.toContain(officer.id);
    expect((await officerAssignabilityBlockers(db(), { officerIds: [officer.id], on: new Date() }))[0]?.code).toBe('OFFICER_INACTIVE');
  });
});

describe('officer actions, called directly as a browser would', () => {
  it('refuse a user holding every role but ADMIN, for each action, and write nothing', async () => {
    const officer = await makeOfficer(db(), admin, { name: '越权己' });
    vi.mocked(revalidatePath).mockClear();
    await actAs(everyoneElse);
    const before = await counts();
    const calls = [
      createOfficerAction(initialActionState, form({ name: '新人', unit: '市中区民政局' })),
      updateOfficerAction(initialActionState, form({ officerId: officer.id, name: '改名', unit: 'x', active: 'on' })),
      addCertificateAction(
        initialActionState,
        form({
          officerId: officer.id,
          kind: 'ENFORCEMENT',
          category: '行政执法证',
          number: certificateNumber(),
          validFrom: '2021-01-01',
          validTo: '2025-01-01',
          examPassed: 'on',
          platformRegistered: 'on',
        }),
      ),
      revokeCertificateAction(initialActionState, form({ certificateId: officer.certificateIds[0]!, reason: '越权' })),
      recordTrainingAction(initialActionState, form({ title: '培训', heldOn: '2021-06-01', hours: '2', organiser: '局', officerIds: [officer.id] })),
    ];
    for (const state of await Promise.all(calls)) expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await counts()).toEqual(before);
    expect((await db().officer.findUniqueOrThrow({ where: { id: officer.id } })).name).toBe('越权己');
    expect((await db().certificate.findUniqueOrThrow({ where: { id: officer.certificateIds[0]! } })).revokedAt).toBeNull();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('refuse a signed-out caller', async () => {
    await actAs(null);
    const before = await counts();
    expect(await createOfficerAction(initialActionState, form({ name: '新人', unit: '市中区民政局' }))).toEqual({ ok: false, message: '请先登录。' });
    expect(await counts()).toEqual(before);
  });

  it('name every bad field in Chinese and write nothing', async () => {
    const officer = await makeOfficer(db(), admin);
    await actAs(admin);
    const before = await counts();
    const created = await createOfficerAction(initialActionState, form({ name: ' ', unit: '' }));
    expect(created.ok).toBe(false);
    expect(Object.keys(created.fieldErrors ?? {}).sort()).toEqual(['name', 'unit']);
    expect(created.message).toMatch(/^提交的内容有误，请检查：/);
    expect(created.message).toContain('请填写姓名');
    expect(created.message).toContain('请填写单位');

    const certificate = await addCertificateAction(
      initialActionState,
      form({ officerId: officer.id, kind: 'BADGE', category: '', number: '', validFrom: '2021-05-01', validTo: '2021-04-30' }),
    );
    expect(Object.keys(certificate.fieldErrors ?? {}).sort()).toEqual(['category', 'kind', 'number', 'validTo']);
    expect(certificate.fieldErrors?.validTo).toEqual(['有效期止不能早于有效期起']);
    for (const words of ['请选择证件种类', '请填写证件类别', '请填写证件号']) expect(certificate.message).toContain(words);

    const training = await recordTrainingAction(initialActionState, form({ title: '', heldOn: '2021-13-01', hours: '0', organiser: '局' }));
    expect(training.fieldErrors).toEqual({
      title: ['请填写培训名称'],
      heldOn: ['请填写有效的培训日期'],
      hours: ['学时应大于0'],
      officerIds: ['请至少选择一名参训人员'],
    });
    expect(await counts()).toEqual(before);
  });

  it('create an officer and a certificate with audit rows; refuse a duplicate number in any letter case', async () => {
    await actAs(admin);
    const before = await counts();
    const user = await makeUser(db(), { roles: ['OFFICER'], name: '关联用户' });
    const afterUser = await counts();
    const created = await createOfficerAction(
      initialActionState,
      form({ name: '新执法员', unit: '市中区民政局', isLegalStaff: 'on', legalQualificationNo: 'A20190001', userId: user.id }),
    );
    expect(created).toEqual({ ok: true, message: '已新增执法人员。' });
    const officer = await db().officer.findFirstOrThrow({ where: { name: '新执法员' } });
    expect(officer).toMatchObject({ isLegalStaff: true, legalQualificationNo: 'A20190001', userId: user.id, active: true });

    const number = certificateNumber('ab');
    const added = await addCertificateAction(
      initialActionState,
      form({
        officerId: officer.id,
        kind: 'ENFORCEMENT',
        category: '行政执法证',
        number,
        validFrom: '2021-01-01',
        validTo: '2026-12-31',
        examPassed: 'on',
        platformRegistered: 'on',
      }),
    );
    expect(added).toEqual({ ok: true, message: '证件已登记。' });
    expect(await counts()).toEqual({ ...afterUser, officers: afterUser.officers + 1, certificates: afterUser.certificates + 1, audit: afterUser.audit + 2 });
    expect(before.officers).toBe(afterUser.officers);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'officer.create', entityId: officer.id } });
    expect(audit.actorId).toBe(admin.id);

    const beforeDuplicate = await counts();
    const duplicate = await addCertificateAction(
      initialActionState,
      form({ officerId: officer.id, kind: 'ENFORCEMENT', category: '行政执法证', number: number.toLowerCase(), validFrom: '2021-01-01', validTo: '2026-12-31' }),
    );
    expect(duplicate.ok).toBe(false);
    expect(duplicate.fieldErrors?.number).toEqual(['该证件号已登记在册']);

    const secondLink = await createOfficerAction(initialActionState, form({ name: '另一人', unit: '市中区民政局', userId: user.id }));
    expect(secondLink.fieldErrors?.userId).toEqual(['该用户已关联其他执法人员']);
    expect(await counts()).toEqual(beforeDuplicate);
  });

  it('record a training with its attendance', async () => {
    const a = await makeOfficer(db(), admin, { name: '培训甲' });
    const b = await makeOfficer(db(), admin, { name: '培训乙' });
    await actAs(admin);
    const state = await recordTrainingAction(
      initialActionState,
      form({ title: '行政处罚法培训', heldOn: '2021-06-25', hours: '6', organiser: '市中区民政局', officerIds: [a.id, b.id] }),
    );
    expect(state).toEqual({ ok: true, message: '培训已记录。' });
    const training = await db().training.findFirstOrThrow({ where: { title: '行政处罚法培训' }, include: { attendances: true } });
    expect(training.attendances.map((row) => row.officerId).sort()).toEqual([a.id, b.id].sort());
    expect(training.hours.toString()).toBe('6');
  });
});

describe('expiring certificates, ratio and figures', () => {
  it('lists certificates lapsing within the configured warning window (60 days by default)', async () => {
    const soon = await makeOfficer(db(), admin, { name: '将到期', certificates: [{ validFrom: '2020-01-01', validTo: '2031-03-01' }] });
    const late = await makeOfficer(db(), admin, { name: '未到期', certificates: [{ validFrom: '2020-01-01', validTo: '2031-03-03' }] });
    const list = await listExpiringCertificates(db(), { on: at('2031-01-01') });
    expect(list.withinDays).toBe(60);
    const ids = list.certificates.map((row) => row.officerId);
    expect(ids).toContain(soon.id);
    expect(ids).not.toContain(late.id);
    expect(list.certificates.find((row) => row.officerId === soon.id)?.daysLeft).toBe(59);

    await db().setting.update({ where: { key: 'officer.certificateWarnDays' }, data: { value: 90 } });
    expect((await listExpiringCertificates(db(), { on: at('2031-01-01') })).certificates.map((row) => row.officerId)).toContain(late.id);
    await db().setting.update({ where: { key: 'officer.certificateWarnDays' }, data: { value: 60 } });
  });

  it('measures legal staff against certified officers and finds a shortfall below the guideline', async () => {
    const ratio = await getLegalStaffRatio(db(), { on: at('2025-01-01') });
    expect(ratio.guidelinePercent).toBe(5);
    expect(ratio.enforcementStaff).toBeGreaterThan(0);
    const legal = await db().officer.count({ where: { active: true, isLegalStaff: true } });
    expect(ratio.legalStaff).toBe(legal);
    await db().setting.update({ where: { key: 'officer.legalStaffRatioPercent' }, data: { value: 60 } });
    const strict = await getLegalStaffRatio(db(), { on: at('2025-01-01') });
    expect(strict.findings.map((f) => f.code)).toEqual(['LEGAL_STAFF_BELOW_GUIDELINE']);
    expect(strict.findings[0]?.message).toContain('低于60%的指引');
    await db().setting.update({ where: { key: 'officer.legalStaffRatioPercent' }, data: { value: 5 } });
  });

  it("counts a year's figures from the certificates and trainings on record", async () => {
    const before = await getOfficerFigures(db(), { year: 2019 });
    await makeOfficer(db(), admin, {
      name: '二〇一九',
      certificates: [
        { validFrom: '2019-03-01', validTo: '2019-12-31' },
        { kind: 'HEARING_HOST', category: '听证主持人证', validFrom: '2019-03-01', validTo: '2019-12-31', platformRegistered: false },
      ],
    });
    const after = await getOfficerFigures(db(), { year: 2019 });
    expect(after.certifiedOfficers - before.certifiedOfficers).toBe(1);
    expect(after.hearingHosts - before.hearingHosts).toBe(1);
    expect(after.people - before.people).toBe(1);
    expect(after.onPlatform - before.onPlatform).toBe(0);
  });
});
