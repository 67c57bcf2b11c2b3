import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demoAccount, signIn } from './helpers';

test('the director opens the 2021 dashboard, follows a figure to exactly the records it counts', async ({ page }) => {
  await signIn(page, demoAccount('DIRECTOR').email);
  await page.goto('/staff/dashboard?year=2021');
  await expect(page.getByRole('heading', { name: /局长工作台 · 2021年/, level: 1 })).toBeVisible();
  const published = page.getByTestId('figure-disclosures.published');
  await expect(published).toHaveText('365');
  await expect(page.getByTestId('figure-inspections.elderlyCare')).toHaveText('192');
  await expect(page.getByTestId('figure-inspections.jointElderlyCareInstitutions')).toHaveText('29');
  // Charts are server-rendered SVG, each followed by its table view.
  await expect(page.locator('#area-disclosure svg').first()).toBeVisible();
  await expect(page.getByTestId('chart-table-disclosure-categories').getByRole('row')).toHaveCount(9);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await published.click();
  await expect(page).toHaveURL(/\/staff\/dashboard\/records\?metric=disclosures\.published&year=2021/);
  await expect(page.getByTestId('record-figure')).toHaveText('共 365 条');
  await expect(page.getByTestId('metric-record')).toHaveCount(365);

  // A sum figure: the leaflets' amounts and their total.
  await page.goto('/staff/dashboard?year=2021');
  const leaflets = Number((await page.getByTestId('figure-publicity.leaflets').innerText()).replace(/,/g, ''));
  expect(leaflets).toBeGreaterThan(15_000);
  await page.getByTestId('figure-publicity.leaflets').click();
  await expect(page.getByTestId('metric-record')).toHaveCount(4);
  await expect(page.getByTestId('record-figure')).toContainText(`合计 ${leaflets.toLocaleString('zh-CN')} 份`);

  // The duties register and the 2022 plan.
  await page.goto('/staff/leadership?year=2021');
  await expect(page.getByRole('heading', { name: /重大事项集体讨论决定/ })).toBeVisible();
  await page.goto('/staff/leadership/plan?year=2022');
  await expect(page.getByText('强化整治非法社会组织力度', { exact: false }).first()).toBeVisible();
});

test('an editor is refused the dashboard and its record lists', async ({ page }) => {
  await signIn(page, demoAccount('EDITOR').email);
  await expect(page.getByRole('link', { name: '局长工作台' })).toHaveCount(0);
  for (const path of ['/staff/dashboard?year=2021', '/staff/dashboard/records?metric=disclosures.published&year=2021', '/staff/leadership']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/staff\/forbidden/);
  }
});
