import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoAccount, signIn } from './helpers';

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('an admin reads the 2025 calendar, computes a due date across the Spring Festival, and an edit moves it', async ({ page }) => {
  await signIn(page, demoAccount('ADMIN').email);
  await page.getByRole('link', { name: '节假日', exact: true }).click();
  await expect(page.getByRole('heading', { name: '节假日与调休', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: '选择年份' }).getByRole('link', { name: '2025年' }).click();
  await expect(page.getByRole('link', { name: '2025年' })).toHaveAttribute('aria-current', 'page');

  // The seeded 2025 arrangement: 春节 01-28…02-04 off, Sun 01-26 and Sat 02-08 worked.
  for (const date of ['2025-01-28', '2025-02-04']) {
    await expect(page.getByTestId(`holiday-${date}`)).toContainText('放假');
    await expect(page.getByTestId(`holiday-${date}`)).toContainText('春节');
  }
  for (const date of ['2025-01-26', '2025-02-08']) {
    await expect(page.getByTestId(`holiday-${date}`)).toContainText('调休上班');
    await expect(page.getByTestId(`holiday-${date}`)).toContainText('春节');
  }
  await expectNoAxeViolations(page);

  const calculator = page.getByRole('form', { name: '试算期限' });
  await calculator.getByLabel('起算日期').fill('2025-01-24');
  await calculator.getByLabel('期限天数').fill('7');
  await calculator.getByRole('button', { name: '计算' }).click();
  await expect(page).toHaveURL(/start=2025-01-24/);
  await expect(page.getByTestId('calc-due')).toHaveText('2025-02-10');
  await expect(page.getByTestId('calc-explanation')).toContainText('跳过春节假期（2025-01-28至2025-02-04）');
  await expect(page.getByTestId('calc-explanation')).toContainText('计入调休上班日2025-01-26、2025-02-08');

  // A one-day holiday inside the period moves the due date by one working day.
  const upsert = page.getByRole('form', { name: '新增或修改' });
  await upsert.getByLabel('日期').fill('2025-02-06');
  await upsert.getByLabel('类型').selectOption({ label: '放假' });
  await upsert.getByLabel('名称').fill('临时放假');
  await upsert.getByRole('button', { name: '保存' }).click();
  await expect(upsert.getByRole('status')).toHaveText('已保存，在办事项的期限已按新日历重新计算。');
  await expect(page.getByTestId('holiday-2025-02-06')).toContainText('临时放假');
  await expect(page.getByTestId('calc-due')).toHaveText('2025-02-11');
  await expect(page.getByTestId('calc-explanation')).toContainText('临时放假假期（2025-02-06）');

  // A CSV import that lists a date as both kinds is refused, naming the date; nothing changes.
  await page.getByLabel('CSV数据').fill('2025-01-28,HOLIDAY,春节\n2025-01-28,MAKEUP_WORKDAY,春节');
  await page.getByRole('button', { name: '导入CSV' }).click();
  await expect(page.locator('main [role=alert]')).toContainText('2025-01-28不能既是放假日又是调休上班日');
  await expect(page.getByTestId('holiday-2025-02-06')).toBeVisible();

  await page.getByRole('button', { name: '删除2025-02-06' }).click();
  await expect(page.getByTestId('holiday-2025-02-06')).toHaveCount(0);
  await expect(page.getByTestId('calc-due')).toHaveText('2025-02-10');
});

test('an admin changes a limit on the settings page; a negative value is refused in Chinese', async ({ page }) => {
  await signIn(page, demoAccount('ADMIN').email);
  await page.goto('/staff/admin/holidays');
  await page.getByRole('link', { name: '参数设置（期限天数等）' }).click();
  await expect(page.getByRole('heading', { name: '参数设置', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const row = page.getByTestId('setting-review.extensionWorkingDays');
  await row.getByLabel('法制审核可延长一次的期限（工作日）的新值').fill('-1');
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row.getByRole('alert')).toHaveText('“法制审核可延长一次的期限（工作日）”不能为负数');
  await expect(row.getByTestId('setting-value')).toContainText('3');

  await row.getByLabel('法制审核可延长一次的期限（工作日）的新值').fill('5');
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row.getByRole('status')).toHaveText('参数已保存。');
  await expect(row.getByTestId('setting-value')).toHaveText('5');

  const categories = page.getByTestId('setting-review.requiredCategories');
  await expect(categories.getByLabel('通知公告')).toBeChecked();
  await expect(categories.getByLabel('通知公告')).toBeDisabled();
});

test('an editor is refused the holiday and settings pages', async ({ page }) => {
  await signIn(page, demoAccount('EDITOR').email);
  await expect(page.getByRole('link', { name: '节假日', exact: true })).toHaveCount(0);
  for (const path of ['/staff/admin/holidays?year=2025', '/staff/admin/settings']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/staff\/forbidden$/);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
  }
});
