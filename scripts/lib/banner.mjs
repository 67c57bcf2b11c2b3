// The "ready" message: the URL and the demo accounts, so a first-time user can sign in at once.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ email: string, name: string, roles: string[] }} DemoAccount
 * @typedef {{ password: string, accounts: DemoAccount[] }} DemoAccounts
 */

/**
 * @param {{ root: string, url: string, database: string, showAccounts: boolean }} options
 */
export function printBanner({ root, url, database, showAccounts }) {
  const lines = ['', `  法治民政 portal 已启动 · is running:  ${url}`, `  数据库 · Database:  ${database}`];
  const demo = showAccounts ? readDemoAccounts(root) : null;
  if (demo) {
    lines.push('', `  演示账号 · Demo accounts — 密码 password: ${demo.password}`, '');
    const rows = [['邮箱 Email', '姓名 Name', '角色 Roles'], ...demo.accounts.map((a) => [a.email, a.name, a.roles.join(', ')])];
    lines.push(...table(rows).map((line) => `  ${line}`));
  }
  lines.push('', '  按 Ctrl-C 停止 · Press Ctrl-C to stop', '');
  console.log(lines.join('\n'));
}

/** @returns {DemoAccounts | null} */
function readDemoAccounts(/** @type {string} */ root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'prisma', 'demo-accounts.json'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Plain-ASCII columns: box-drawing characters are "ambiguous width" and render double-wide in
 * many Chinese terminals, which would break the alignment.
 * @param {string[][]} rows first row is the header
 */
function table(rows) {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => displayWidth(row[col] ?? '')))) ?? [];
  const format = (/** @type {string[]} */ row) =>
    row
      .map((cell, col) => cell + ' '.repeat((widths[col] ?? 0) - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  const [header = [], ...body] = rows;
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(format)];
}

/** Terminal columns a string occupies: CJK and full-width characters take two. */
export function displayWidth(/** @type {string} */ text) {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}
