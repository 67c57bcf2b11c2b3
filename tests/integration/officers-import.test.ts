import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportRegistry } from '@/app/(staff)/staff/officers/export/route';
import { importOfficersAction, previewOfficerImportAction } from '@/app/(staff)/staff/officers/import/actions';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { ROLES } from '@/lib/domain/auth/permissions';
import { IMPORT_COLUMNS } from '@/lib/domain/officers/import-columns';
import { exportOfficerRegistry } from '@/lib/services/officers/export-officer-registry';
import { importOfficers } from '@/lib/services/officers/import-officers';
import { previewOfficerImport } from '@/lib/services/officers/preview-officer-import';
import { actAs } from '../setup/act-as';
import { certificateNumber, makeOfficer, officerWorkbook, readWorkbook, sheetRow, xlsxUpload } from '../factories/officers';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
async function counts() {
  const [officers, certificates, audit] = await Promise.all([db().officer.count(), db().certificate.count(), db().auditEvent.count()]);
  return { officers, certificates, audit };
}

let admin: Actor;
let editor: Actor;
beforeAll(async () => {
  admin = await ensureAdmin(db());
  editor = await makeUser(db(), { roles: ROLES.filter((role) => role !== 'ADMIN') });
});

describe('officer import from xlsx', () => {
  it("a file with one bad row: the preview names that row's errors, and the import writes nothing", async () => {
    const bytes = await officerWorkbook([
      sheetRow({ 姓名: '甲导入' }),
      sheetRow({ 姓名: '乙导入', 证件号: '', 有效期止: '2020-12-31', 考试合格: '也许' }),
      sheetRow({ 姓名: '丙导入' }),
    ]);
    await actAs(admin);
    const before = await counts();

    const preview = await previewOfficerImportAction({ ok: false }, xlsxUpload(bytes));
    expect(preview.ok).toBe(false);
    expect(preview.message).toBe('共3行，其中1行有错误，请修改后重新上传。未写入任何数据。');
    const rows = preview.result!.rows;
    expect(rows.map((row) => [row.row, row.errors])).toEqual([
      [2, []],
      [3, ['「证件号」不能为空', '「有效期止」早于「有效期起」', '「考试合格」应填“是”或“否”']],
      [4, []],
    ]);
    expect(preview.result!.canImport).toBe(false);
    expect(await counts()).toEqual(before);

    const imported = await importOfficersAction({ ok: false }, xlsxUpload(bytes));
    expect(imported.ok).toBe(false);
    expect(imported.message).toContain('第3行：「证件号」不能为空');
    expect(imported.message).toContain('全部行均未写入');
    await expect(importOfficers(db(), admin, bytes)).rejects.toThrow(/第3行/);
    expect(await counts()).toEqual(before);
    expect(await db().officer.count({ where: { name: { in: ['甲导入', '丙导入'] } } })).toBe(0);
  });

  it('a clean file writes every row in one go, one person per name and unit, each audited', async () => {
    const numbers = [certificateNumber('C'), certificateNumber('C'), certificateNumber('C')];
    const bytes = await officerWorkbook([
      sheetRow({ 姓名: '赵清白', 证件号: numbers[0]! }),
      sheetRow({ 姓名: '赵清白', 证件种类: '听证主持人证', 证件类别: '听证主持人证', 证件号: numbers[1]! }),
      sheetRow({ 姓名: '钱清白', 证件号: numbers[2]!, 有效期起: new Date(Date.UTC(2020, 6, 1)), 有效期止: '2027/6/30' }),
      sheetRow({
        姓名: '孙法制',
        法制工作人员: '是',
        法律职业资格证号: 'A20200001',
        证件种类: null,
        证件类别: null,
        证件号: null,
        有效期起: null,
        有效期止: null,
        考试合格: null,
        平台注册: null,
      }),
    ]);
    await actAs(admin);
    const before = await counts();
    const preview = await previewOfficerImportAction({ ok: false }, xlsxUpload(bytes));
    expect(preview.ok).toBe(true);
    expect(preview.result).toMatchObject({ officersToCreate: 3, certificatesToAdd: 3, errorCount: 0 });
    expect(await counts()).toEqual(before);

    const imported = await importOfficersAction({ ok: false }, xlsxUpload(bytes, { fileSha256: preview.result!.fileSha256 }));
    expect(imported).toMatchObject({ ok: true, message: '导入完成：新增3名人员，登记3个证件。' });
    expect(await counts()).toEqual({ officers: before.officers + 3, certificates: before.certificates + 3, audit: before.audit + 3 });

    const zhao = await db().officer.findFirstOrThrow({ where: { name: '赵清白' }, include: { certificates: true } });
    expect(zhao.certificates.map((c) => c.kind).sort()).toEqual(['ENFORCEMENT', 'HEARING_HOST']);
    const qian = await db().certificate.findUniqueOrThrow({ where: { number: numbers[2]! } });
    expect(qian.validFrom.toISOString().slice(0, 10)).toBe('2020-07-01');
    expect(qian.validTo.toISOString().slice(0, 10)).toBe('2027-06-30');
    const sun = await db().officer.findFirstOrThrow({ where: { name: '孙法制' }, include: { certificates: true } });
    expect(sun).toMatchObject({ isLegalStaff: true, legalQualificationNo: 'A20200001', certificates: [] });

    const audits = await db().auditEvent.findMany({ where: { action: 'officer.import', entityId: { in: [zhao.id, sun.id] } } });
    expect(audits).toHaveLength(2);
    for (const audit of audits) {
      expect(audit.actorId).toBe(admin.id);
      expect(audit.after).toMatchObject({ fileSha256: preview.result!.fileSha256 });
    }

    // The same file again: every number is now on record, so nothing more is written.
    const again = await previewOfficerImportAction({ ok: false }, xlsxUpload(bytes));
    expect(again.result!.rows[0]!.errors).toEqual([`「证件号」${numbers[0]}已登记在册`]);
  });

  it('adds certificates to a person already on record instead of creating a second one', async () => {
    const existing = await makeOfficer(db(), admin, { name: '老同志', unit: '市中区民政局社会事务科' });
    const bytes = await officerWorkbook([sheetRow({ 姓名: '老同志', 单位: '市中区民政局社会事务科' })]);
    const preview = await previewOfficerImport(db(), admin, bytes);
    expect(preview.rows[0]!.existingOfficer).toBe(true);
    expect(preview.officersToCreate).toBe(0);
    const result = await importOfficers(db(), admin, bytes);
    expect(result).toMatchObject({ officersCreated: 0, certificatesAdded: 1, officerIds: [existing.id] });
    expect(await db().certificate.count({ where: { officerId: existing.id } })).toBe(2);
  });

  it('refuses a file other than the previewed one, and files that are not officer sheets', async () => {
    await actAs(admin);
    const before = await counts();
    const bytes = await officerWorkbook([sheetRow()]);
    const stale = await importOfficersAction({ ok: false }, xlsxUpload(bytes, { fileSha256: 'f'.repeat(64) }));
    expect(stale).toEqual({ ok: false, message: '文件与预览时的不一致，请重新上传并预览。' });

    const notXlsx = await previewOfficerImportAction({ ok: false }, xlsxUpload(new TextEncoder().encode('姓名,单位\n张三,局'), {}, 'officers.csv'));
    expect(notXlsx.fieldErrors).toEqual({ file: ['请上传 .xlsx 格式的 Excel 文件'] });
    const garbage = await previewOfficerImportAction({ ok: false }, xlsxUpload(new TextEncoder().encode('not a workbook')));
    expect(garbage.message).toBe('文件无法导入：无法读取该文件，请上传 Excel 工作簿（.xlsx）');
    const missingColumn = await previewOfficerImportAction({ ok: false }, xlsxUpload(await officerWorkbook([sheetRow()], { headers: ['姓名', '单位', '证件号'] })));
    expect(missingColumn.message).toContain('缺少「有效期止」列');
    const empty = await previewOfficerImportAction({ ok: false }, new FormData());
    expect(empty.fieldErrors).toEqual({ file: ['请选择要上传的 Excel 文件'] });
    expect(await counts()).toEqual(before);
  });

  it('refuses every role but ADMIN for preview and import, writing nothing', async () => {
    const bytes = await officerWorkbook([sheetRow({ 姓名: '越权导入' })]);
    await actAs(editor);
    const before = await counts();
    expect(await previewOfficerImportAction({ ok: false }, xlsxUpload(bytes))).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await importOfficersAction({ ok: false }, xlsxUpload(bytes))).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    await actAs(null);
    expect(await importOfficersAction({ ok: false }, xlsxUpload(bytes))).toEqual({ ok: false, message: '请先登录。' });
    expect(await counts()).toEqual(before);
  });
});

describe('registry export', () => {
  it('round-trips: the xlsx reads back with Chinese headers, dates and values, frozen header', async () => {
    const officer = await makeOfficer(db(), admin, { name: '导出甲', certificates: [{ validFrom: '2021-03-01', validTo: '2026-02-28' }] });
    const bytes = await exportOfficerRegistry(db(), editor, new Date('2026-11-27T02:00:00Z'));
    const workbook = await readWorkbook(bytes);
    const sheet = workbook.getWorksheet('执法人员名册')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([...IMPORT_COLUMNS.map((column) => column.header), '证件状态']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(10);
    let found = false;
    sheet.eachRow((row, number) => {
      if (number === 1 || row.getCell(7).value !== officer.certificateNumbers[0]) return;
      found = true;
      expect(row.getCell(1).value).toBe('导出甲');
      expect(row.getCell(5).value).toBe('执法证');
      expect((row.getCell(8).value as Date).toISOString().slice(0, 10)).toBe('2021-03-01');
      expect(row.getCell(8).numFmt).toBe('yyyy-mm-dd');
      expect(row.getCell(12).value).toBe('已过期');
    });
    expect(found).toBe(true);

    // An exported registry is a valid import file: every row checks out except that the
    // numbers are already on record.
    const preview = await previewOfficerImport(db(), admin, bytes);
    expect(preview.fileErrors).toEqual([]);
    const row = preview.rows.find((candidate) => candidate.cells.number === officer.certificateNumbers[0]);
    expect(row?.errors).toEqual([`「证件号」${officer.certificateNumbers[0]}已登记在册`]);
  });

  it('the download route serves any staff member and refuses a signed-out caller', async () => {
    await actAs(editor);
    const response = await exportRegistry();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const workbook = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(workbook.getWorksheet('执法人员名册')?.getRow(1).getCell(1).value).toBe('姓名');
    await actAs(null);
    expect((await exportRegistry()).status).toBe(401);
  });
});
