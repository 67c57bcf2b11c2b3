import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoAccount, signIn } from './helpers';

// The public disclosure site, signed out: every kind of page answers 200 and passes axe-core;
// the search box is reachable by keyboard; text at 200% keeps the layout (适老化). Then the cache
// contract: a page cached before a publication shows the new item right after it, and a
// withdrawal replaces the body with the public reason at once.
// The e2e database holds the seed's published items (or none): nothing here depends on them.

const stamp = Date.now().toString(36).toUpperCase();
const title = `冬季困难群众走访慰问工作动态（E2E-${stamp}）`;
const body = '区民政局开展冬季走访慰问活动。\n\n## 主要做法\n\n- 入户走访困难家庭\n- 发放慰问物资\n\n<script>window.__xss = 1</script>';

async function expectAccessible(page: Page, label: string) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${label} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

async function expectNoHorizontalScrollAt200Percent(page: Page, label: string) {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: horizontal overflow at 200% text`).toBeLessThanOrEqual(0);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
}

const publicPages = ['/', '/list/work-news', '/list/notices', '/catalogue', '/guide', '/rules', '/statutory', '/apply', '/track', '/report', `/search?q=${encodeURIComponent('养老')}`];

test('public pages answer 200, pass axe-core and keep their layout at 200% text', async ({ page }) => {
  for (const path of publicPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expectAccessible(page, path);
    await expectNoHorizontalScrollAt200Percent(page, path);
  }
  // A detail page, when the seed published anything.
  await page.goto('/catalogue');
  const first = page.locator('main table a').first();
  if (await first.count()) {
    await first.click();
    await expect(page).toHaveURL(/\/disclosures\//);
    await expectAccessible(page, 'detail');
    await expectNoHorizontalScrollAt200Percent(page, 'detail');
  }
  expect((await page.goto('/no-such-page'))?.status()).toBe(404);
  expect((await page.goto('/disclosures/no-such-item'))?.status()).toBe(404);
});

test('keyboard users reach the search box and can search', async ({ page }) => {
  await page.goto('/');
  let reached = false;
  for (let i = 0; i < 6 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('type') === 'search');
  }
  expect(reached, 'search box within the first Tab stops').toBe(true);
  // The focus is visible (the site draws a 3px outline on :focus-visible).
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.type('养老');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('养老');
});

test('publishing refreshes cached pages at once; withdrawing replaces the body with the reason', async ({ browser, page }) => {
  test.setTimeout(120_000);
  // Cache the home page and the category list first.
  await page.goto('/');
  await page.goto('/list/work-news');
  await expect(page.getByText(`E2E-${stamp}`)).toHaveCount(0);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, demoAccount('EDITOR').email);
  await editor.goto('/staff/disclosures/new');
  await editor.getByLabel('类别').selectOption({ label: '工作动态' });
  await editor.getByLabel('标题').fill(title);
  await editor.getByLabel('摘要').fill('冬季走访慰问困难群众');
  await editor.getByLabel('正文').fill(body);
  await editor.getByLabel('发布机构').fill('市中区民政局');
  await editor.getByLabel('成文日期').fill(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(editor).toHaveURL(/\/staff\/disclosures\/(?!new)[^/]+$/);
  const secrecy = editor.getByRole('region', { name: '保密审查', exact: true });
  await secrecy.getByLabel('审查意见').fill('不涉及国家秘密');
  await secrecy.getByRole('button', { name: '保密审查通过' }).click();
  await expect(secrecy).toContainText('保密审查人');
  await editor.getByRole('region', { name: '发布', exact: true }).getByRole('button', { name: '发布', exact: true }).click();
  await expect(editor.getByText('已发布', { exact: true })).toBeVisible();

  // The cached pages now show it.
  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto('/list/work-news');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 2, name: '主要做法' })).toBeVisible();
  await expect(page.getByText('<script>window.__xss = 1</script>')).toBeVisible(); // shown as text
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expectAccessible(page, 'new detail');
  const detailUrl = page.url();

  // Found by a two-character search, highlighted.
  await page.goto(`/search?q=${encodeURIComponent('慰问')}`);
  await expect(page.locator('mark', { hasText: '慰问' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`E2E-${stamp}`) })).toBeVisible();

  // Withdrawn: the cached detail page shows the public reason instead of the body.
  await editor.reload();
  const withdraw = editor.getByRole('region', { name: '撤回', exact: true });
  await withdraw.getByLabel('撤回理由').fill('信息有误，更正后重新发布');
  await withdraw.getByRole('button', { name: '撤回', exact: true }).click();
  await expect(editor.getByText('已撤回', { exact: true }).first()).toBeVisible();
  await page.goto(detailUrl);
  await expect(page.getByRole('heading', { name: '该信息已撤回' })).toBeVisible();
  await expect(page.getByText('信息有误，更正后重新发布')).toBeVisible();
  await expect(page.getByText('入户走访困难家庭')).toHaveCount(0);
  await page.goto('/list/work-news');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
