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

// The review points of each checklist, as the review page labels them (lib/domain/review/checkpoints.ts).
export const ENFORCEMENT_POINTS = ['执法主体', '执法人员资格', '程序', '事实与证据', '适用法律', '裁量基准', '权限', '文书完备', '涉嫌犯罪移送'];
export const DISCLOSURE_POINTS = ['公开依据', '发布主体', '国家秘密', '个人信息与商业秘密', '政策一致性'];

/** Fills every point's note and chooses 符合 (every point starts undecided). */
export async function passEveryPoint(page: Page, points: readonly string[], note = '经审查，符合规定。') {
  for (const point of points) {
    await page.getByLabel(point, { exact: true }).fill(note);
    await page
      .getByRole('radiogroup', { name: `${point}审查结论` })
      .getByLabel('符合', { exact: true })
      .check();
  }
}
