import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { demoAccount, signIn } from './helpers';

const HEADERS = ['姓名', '单位', '法制工作人员', '法律职业资格证号', '证件种类', '证件类别', '证件号', '有效期起', '有效期止', '考试合格', '平台注册'];
const suffix = Date.now().toString(36).toUpperCase();

// An officer sheet as a user fills it in (generated here, as the brief's user would in Excel).
async function officerSheet(rows: (string | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('执法人员');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Excel 文件', { exact: true }).setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('button', { name: '上传并预览' }).click();
}

test('an admin imports officers from xlsx: a bad row is reported before anything is written, then a fixed file is imported', async ({ page }) => {
  const good = ['周导入', '市中区民政局社会事务科', '否', '', '执法证', '行政执法证', `E2E-${suffix}-1`, '2021-01-01', '2030-12-31', '是', '是'];
  const bad = ['吴导入', '市中区民政局养老服务科', '否', '', '执法证', '行政执法证', '', '2021-01-01', '2020-12-31', '是', '是'];
  const fixed = [...bad];
  fixed[6] = `E2E-${suffix}-2`;
  fixed[8] = '2030-12-31';

  await signIn(page, demoAccount('ADMIN').email);
  await page.goto('/staff/officers/import');
  await expect(page.getByRole('heading', { name: '批量导入执法人员', level: 1 })).toBeVisible();

  await upload(page, 'officers-bad.xlsx', await officerSheet([good, bad]));
  await expect(page.getByRole('alert').filter({ hasText: '共2行，其中1行有错误' })).toBeVisible();
  await expect(page.getByTestId('import-row-3')).toContainText('「证件号」不能为空');
  await expect(page.getByTestId('import-row-3')).toContainText('「有效期止」早于「有效期起」');
  await expect(page.getByTestId('import-row-2')).toContainText('通过');
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);

  // Nothing was written: neither the good row nor the bad one is in the registry.
  await page.goto('/staff/officers');
  await expect(page.getByRole('heading', { name: '人员名册' })).toBeVisible();
  await expect(page.getByTestId('officer-周导入')).toHaveCount(0);
  await expect(page.getByTestId('officer-吴导入')).toHaveCount(0);

  await page.goto('/staff/officers/import');
  await upload(page, 'officers-fixed.xlsx', await officerSheet([good, fixed]));
  await expect(page.getByRole('status').filter({ hasText: '共2行，全部通过检查。' })).toBeVisible();
  await expect(page.getByText('确认后将新增2名人员、登记2个证件。')).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '导入完成：新增2名人员，登记2个证件。' })).toBeVisible();

  await page.getByRole('link', { name: '返回名册' }).click();
  await expect(page.getByTestId('officer-周导入')).toContainText(`E2E-${suffix}-1`);
  await expect(page.getByTestId('officer-吴导入')).toContainText('有效');

  // Published at once in the public directory and the look-up.
  await page.goto(`/officers?q=E2E-${suffix}-2`);
  await expect(page.getByTestId('officer-lookup-results')).toContainText('吴导入');
  await expect(page.getByTestId('officer-lookup-results')).toContainText('有效');
});

test("an editor records a publicity event and exports the year's ledger", async ({ page }) => {
  const title = `E2E普法宣传${suffix}`;
  await signIn(page, demoAccount('EDITOR').email);
  await page.goto('/staff/publicity/activities/new');
  await page.getByLabel('活动类型').selectOption('OFFLINE_EVENT');
  await page.getByLabel('活动名称').fill(title);
  await page.getByLabel('日期', { exact: true }).fill('2025-05-20');
  await page.getByLabel('地点').fill('和平街道文化广场');
  await page.getByLabel('参与对象').fill('社区居民');
  await page.getByLabel('发放资料（份）').fill('3800');
  await page.getByRole('button', { name: '记录活动' }).click();
  await expect(page.getByRole('status')).toHaveText('普法活动已记录。');

  await page.goto('/staff/publicity/ledger?year=2025');
  await expect(page.getByTestId('ledger-entries')).toContainText(title);
  await expect(page.getByTestId('ledger-totals')).toContainText('3,800份');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出台账（Excel）' }).click()]);
  expect(download.suggestedFilename()).toBe('市中区民政局2025年普法活动台账.xlsx');
  const workbook = await readXlsx(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('市中区民政局2025年普法活动台账');
  expect(sheet.getCell('D2').value).toBe('活动名称');
  const rows: string[] = [];
  sheet.eachRow((row) => rows.push(String(row.getCell(4).value)));
  expect(rows).toContain(title);
  const totals = sheet.getRow(sheet.rowCount);
  expect(totals.getCell(1).value).toBe('合计');
  expect((totals.getCell(8).value as { result: number }).result).toBeGreaterThanOrEqual(3800);
  expect(sheet.pageSetup.orientation).toBe('landscape');
});

test('officer and publicity pages are accessible, and a staff member without the permission only reads', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  for (const path of ['/staff/officers', '/staff/officers/trainings', '/staff/publicity', '/staff/publicity/ledger']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
  await page.goto('/staff/officers');
  await expect(page.getByRole('button', { name: '新增执法人员' })).toHaveCount(0);
  await page.goto('/staff/officers/import');
  await expect(page).toHaveURL(/\/staff\/forbidden$/);
  await page.goto('/staff/publicity/activities/new');
  await expect(page).toHaveURL(/\/staff\/forbidden$/);

  await page.goto('/officers');
  await expect(page.getByRole('heading', { name: '执法人员公示', level: 1 })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `/officers ${v.id}: ${v.help}`)).toEqual([]);
});
