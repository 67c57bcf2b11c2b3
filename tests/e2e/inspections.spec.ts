import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoAccount, signIn } from './helpers';

// Inspections end to end, on a database holding only the demo accounts: the admin registers two
// certified officers (officers area's pages); the demo officer then registers an institution,
// runs a random draw and reproduces it from its seed, records a joint inspection with a finding
// (dated in the past, so its rectification order is overdue), takes the order through a response,
// a failed re-check, a second response and a passed re-check to closure, and sees the coverage
// tracker count the institution.
test.describe.configure({ mode: 'serial' });

const suffix = Date.now().toString(36);
const officerA = `甲检查员${suffix}`;
const officerB = `乙检查员${suffix}`;
const entityName = `市中区测试养老院${suffix}`;
const planTitle = `检查计划${suffix}`;
const seed = `e2e-seed-${suffix}`;
const finding = `消防通道堆放杂物${suffix}`;
// 35 days ago in Shanghai: the 10-working-day period to rectify has long passed.
const inspectedOn = new Date(Date.now() + 8 * 3_600_000 - 35 * 86_400_000).toISOString().slice(0, 10);
const year = inspectedOn.slice(0, 4);
let baseline = { covered: 0, total: 0 };

async function coverage(page: Page): Promise<{ covered: number; total: number }> {
  await page.goto(`/staff/inspections/coverage?year=${year}`);
  const text = (await page.getByTestId('coverage-summary').textContent()) ?? '';
  const match = /已覆盖 (\d+)\/(\d+)/.exec(text);
  if (!match) throw new Error(`no coverage summary in "${text}"`);
  return { covered: Number(match[1]), total: Number(match[2]) };
}

test('the admin registers two officers with valid enforcement certificates', async ({ page }) => {
  await signIn(page, demoAccount('ADMIN').email);
  for (const [index, name] of [officerA, officerB].entries()) {
    await page.goto('/staff/officers');
    const create = page.locator('form').filter({ has: page.getByRole('button', { name: '新增执法人员' }) });
    await create.getByLabel('姓名').fill(name);
    await create.getByLabel('单位').fill('市中区民政局养老服务科');
    await create.getByRole('button', { name: '新增执法人员' }).click();
    await page.getByTestId(`officer-${name}`).getByRole('link', { name }).click();
    const certificate = page.locator('form').filter({ has: page.getByRole('button', { name: '登记证件' }) });
    await certificate.getByLabel('证件种类').selectOption('ENFORCEMENT');
    await certificate.getByLabel('证件号').fill(`E2E-${suffix}-${index}`);
    await certificate.getByLabel('有效期起').fill('2020-01-01');
    await certificate.getByLabel('有效期止').fill('2030-12-31');
    await certificate.getByRole('button', { name: '登记证件' }).click();
    await expect(page.getByTestId(`certificate-E2E-${suffix}-${index}`)).toBeVisible();
  }
});

test('the officer registers an elderly-care institution: the tracker lists it as not covered', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto('/staff/inspections/entities');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '登记检查对象' }) });
  await form.getByLabel('检查对象类型').selectOption('ELDERLY_CARE');
  await form.getByLabel('检查对象名称').fill(entityName);
  await form.getByLabel('地址').fill('市中区幸福路8号');
  await form.getByLabel('备案日期').fill('2020-06-01');
  await form.getByRole('button', { name: '登记检查对象' }).click();
  await expect(form.getByRole('status')).toHaveText('检查对象已登记。');
  await expect(page.getByTestId(`entity-${entityName}`)).toBeVisible();

  baseline = await coverage(page);
  await expect(page.getByTestId('coverage-uncovered')).toContainText(entityName);
});

test('a random draw for a plan is reproduced from its seed', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto('/staff/inspections/plans');
  const create = page.locator('form').filter({ has: page.getByRole('button', { name: '新建检查计划' }) });
  await create.getByLabel('计划名称').fill(planTitle);
  await create.getByRole('button', { name: '新建检查计划' }).click();
  await expect(create.getByRole('status')).toHaveText('检查计划已创建。');
  await page.getByRole('link', { name: planTitle }).click();

  const draw = async () => {
    const form = page.getByRole('form', { name: '随机抽取（双随机）' });
    await form.getByLabel('抽取对象数').fill('1');
    await form.getByLabel('随机种子').fill(seed);
    await form.getByRole('button', { name: '随机抽取' }).click();
    await expect(form.getByRole('status')).toHaveText('已完成随机抽取，抽取结果已生成执法公示草稿。');
  };
  await draw();
  await page.getByTestId('draw-row').first().getByRole('link', { name: '查看与复核' }).click();
  await expect(page.getByTestId('draw-seed')).toHaveText(seed);
  const picks = await page.getByTestId('draw-pick').allTextContents();
  expect(picks).toHaveLength(1);
  await page.getByRole('button', { name: '复核抽取结果' }).click();
  await expect(page.getByTestId('draw-verification')).toHaveText('一致');

  // Drawing again with the published seed and the same pools gives the same result.
  await page.getByRole('link', { name: new RegExp(planTitle) }).click();
  await draw();
  await expect(page.getByTestId('draw-row')).toHaveCount(2);
  await page.getByTestId('draw-row').first().getByRole('link', { name: '查看与复核' }).click();
  await expect(page.getByTestId('draw-seed')).toHaveText(seed);
  expect(await page.getByTestId('draw-pick').allTextContents()).toEqual(picks);
});

test('a joint inspection with a finding is recorded; one inspector is refused first', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto('/staff/inspections/records/new');
  const form = page.getByRole('form', { name: '记录检查' });
  await form.getByLabel('检查对象', { exact: true }).selectOption({ label: entityName });
  await form.getByLabel('检查类型').selectOption('JOINT');
  await form.getByLabel('检查日期').fill(inspectedOn);
  await form.getByRole('checkbox', { name: new RegExp(`^${officerA}`) }).check();
  await form.getByRole('checkbox', { name: '消防', exact: true }).check();
  await form.getByRole('checkbox', { name: '市场监管', exact: true }).check();
  await form.getByLabel('检查事项（每行一项）').fill('消防设施设备\n食品经营许可与留样');
  await form.getByLabel(/发现的问题/).fill(finding);
  await form.getByRole('button', { name: '保存检查记录' }).click();
  await expect(form.getByRole('alert')).toContainText('两名以上');
  await expect(form.getByRole('alert')).toContainText('《行政处罚法》第四十二条');

  await form.getByRole('checkbox', { name: new RegExp(`^${officerB}`) }).check();
  await form.getByRole('button', { name: '保存检查记录' }).click();
  await expect(form.getByRole('status')).toHaveText('检查已记录；每个问题已生成整改单。');
});

test('the rectification order goes overdue, fails a re-check, then passes and closes', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto('/staff/inspections/overdue');
  const row = page.getByRole('row').filter({ hasText: finding });
  await expect(row).toContainText(entityName);
  await expect(row).toContainText('逾期未反馈');
  await row.getByRole('link', { name: finding }).click();

  const status = page.getByTestId('rectification-status');
  await expect(status).toHaveText('待整改');
  await expect(page.getByTestId('rectification-overdue')).toContainText('尚未反馈整改情况');

  const respond = async (text: string) => {
    const form = page.getByRole('form', { name: '登记整改反馈' });
    await form.getByLabel('整改情况').fill(text);
    await form.getByRole('button', { name: '登记反馈' }).click();
    await expect(status).toHaveText('已反馈待复查');
  };
  const recheck = async (passed: boolean, note: string) => {
    const form = page.getByRole('form', { name: '复查（回头看）' });
    await form.getByLabel(passed ? '通过' : '未通过', { exact: true }).check();
    await form.getByLabel('复查情况').fill(note);
    await form.getByRole('button', { name: '登记复查结果' }).click();
  };

  await respond('已清理消防通道');
  await expect(page.getByTestId('rectification-overdue')).toHaveCount(0);
  await recheck(false, '回头看发现仍有杂物');
  await expect(status).toHaveText('复查未通过');
  await respond('已彻底清理并设专人巡查');
  await recheck(true, '通道畅通，整改到位');
  await expect(status).toHaveText('已销号');
  await expect(page.getByTestId('rectification-timeline').getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('form', { name: '登记整改反馈' })).toHaveCount(0);

  await page.goto('/staff/inspections/overdue');
  await expect(page.getByRole('row').filter({ hasText: finding })).toHaveCount(0);
});

test('the coverage tracker counts the inspected institution', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  const after = await coverage(page);
  expect(after).toEqual({ covered: baseline.covered + 1, total: baseline.total });
  if (after.covered < after.total) await expect(page.getByTestId('coverage-uncovered')).not.toContainText(entityName);
});

test('the inspection pages have no detectable accessibility violations', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto('/staff/inspections/rectifications?filter=all');
  await page.getByRole('link', { name: finding }).click();
  const rectification = page.url();
  for (const path of [
    '/staff/inspections',
    '/staff/inspections/entities',
    '/staff/inspections/plans',
    '/staff/inspections/records/new',
    `/staff/inspections/coverage?year=${year}`,
    rectification,
  ]) {
    await page.goto(path);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
});
