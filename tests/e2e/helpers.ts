import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

type DemoAccounts = { password: string; accounts: { email: string; name: string; roles: string[] }[] };
export const demo = JSON.parse(readFileSync('prisma/demo-accounts.json', 'utf8')) as DemoAccounts;

export function demoAccount(role: string) {
  const account = demo.accounts.find((a) => a.roles.includes(role));
  if (!account) throw new Error(`no demo account with role ${role}`);
  return account;
}

export async function signIn(page: Page, email: string, password = demo.password) {
  await page.goto('/signin');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/staff/);
}
