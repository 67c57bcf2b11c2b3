import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demo, demoAccount, signIn } from './helpers';

const STAFF_PAGES = ['/staff', '/staff/admin/users', '/staff/audit'];

test('the public home page and the sign-in page are served and accessible', async ({ page }) => {
  for (const path of ['/', '/signin']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});

test('a signed-out visitor is sent to sign-in from every staff page, and comes back after', async ({ page }) => {
  for (const path of STAFF_PAGES) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
  }
  await page.goto('/staff/admin/users');
  const admin = demoAccount('ADMIN');
  await page.getByLabel('邮箱').fill(admin.email);
  await page.getByLabel('密码').fill(demo.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/users$/);
  await expect(page.getByRole('heading', { name: '用户管理', level: 1 })).toBeVisible();
});

// One message for every refusal (ADR 0018); it used to differ for locked and disabled accounts.
const REFUSED = '邮箱或密码错误，或暂时无法登录。请稍后再试；如仍无法登录，请联系系统管理员。';

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('邮箱').fill(demoAccount('EDITOR').email);
  await page.getByLabel('密码').fill('not-the-password-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('main [role=alert]')).toHaveText(REFUSED);
  await expect(page).toHaveURL(/\/signin/);
});

test('a demo staff account signs in, sees only what its roles allow, and signs out', async ({ page }) => {
  const editor = demoAccount('EDITOR');
  await signIn(page, editor.email);
  await expect(page.getByRole('heading', { name: `${editor.name}，您好` })).toBeVisible();
  await expect(page.getByRole('link', { name: '用户管理' })).toHaveCount(0);

  await page.goto('/staff/admin/users');
  await expect(page).toHaveURL(/\/staff\/forbidden$/);
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();

  await page.getByRole('link', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/signin/);
});

test('an admin creates a user, the user signs in, and disabling them ends their session at once', async ({ browser }) => {
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, demoAccount('ADMIN').email);
  await adminPage.goto('/staff/admin/users');

  // Bad input first: each field named in Chinese, nothing created.
  await adminPage.getByRole('button', { name: '新建用户' }).click();
  await expect(adminPage.locator('main [role=alert]').first()).toContainText('邮箱');
  await expect(adminPage.locator('main [role=alert]').first()).toContainText('角色');

  const email = `e2e-${Date.now()}@test.local`;
  const form = adminPage.locator('form').filter({ has: adminPage.getByRole('button', { name: '新建用户' }) });
  await form.getByLabel('邮箱').fill(email);
  await form.getByLabel('姓名').fill('孙测试');
  await form.getByLabel('密码').fill('E2e-password-2026');
  await form.getByLabel('执法人员').check();
  await form.getByRole('button', { name: '新建用户' }).click();
  await expect(form.getByRole('status')).toHaveText('用户已创建。');
  const row = adminPage.getByTestId(`user-${email}`);
  await expect(row).toContainText('孙测试');

  const userPage = await (await browser.newContext()).newPage();
  await signIn(userPage, email, 'E2e-password-2026');
  await expect(userPage.locator('main').getByText('执法人员', { exact: true })).toBeVisible();

  // Disabling asks for confirmation first (issue 14).
  row.page().once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: '停用' }).click();
  await expect(row).toContainText('已停用');

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/signin/);
  await userPage.getByLabel('邮箱').fill(email);
  await userPage.getByLabel('密码').fill('E2e-password-2026');
  await userPage.getByRole('button', { name: '登录' }).click();
  // A disabled account gets the same answer as a wrong password (no account state is revealed).
  await expect(userPage.locator('main [role=alert]')).toHaveText(REFUSED);
});
