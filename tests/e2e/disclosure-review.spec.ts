import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoAccount, signIn, passEveryPoint, DISCLOSURE_POINTS } from './helpers';

// The headline rule, end to end: a notice is published only after its legal review approved the
// very version published; the public then finds it by a two-character search.

const REVIEW_MISSING = '发布前须经法制审核并获同意';
const stamp = Date.now().toString(36).toUpperCase();
const title = `关于开展养老服务机构安全大排查的通知（E2E-${stamp}）`;
const body = '为进一步加强全区养老机构安全管理，区民政局决定开展安全大排查。\n\n请各养老机构于本月底前完成自查。';
const revised = `${body}\n\n联系电话：0531-12345678。`;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function publishExpectingRefusal(page: Page) {
  const publish = region(page, '发布');
  await expect(publish.getByText(REVIEW_MISSING).first()).toBeVisible(); // listed before trying
  await publish.getByRole('button', { name: '发布', exact: true }).click();
  await expect(publish.getByRole('alert')).toContainText(REVIEW_MISSING); // refused by the server
}

// Someone other than the author signs off the secrecy check (条例第十七条): here the director.
async function secrecyCheck(page: Page, url: string, note: string) {
  await page.goto(url);
  const secrecy = region(page, '保密审查');
  await secrecy.getByLabel('审查意见').fill(note);
  await secrecy.getByRole('button', { name: '保密审查通过' }).click();
  await expect(secrecy).toContainText('保密审查人');
}

async function submitForReview(page: Page) {
  await page.goto(page.url()); // the check was recorded in another session
  const review = region(page, '法制审核');
  await review.getByRole('button', { name: '送法制审核' }).click();
  await expect(review.getByRole('status')).toHaveText('已送法制审核。');
}

async function decide(page: Page, outcome: '同意' | '退回修改', opinion: string) {
  await page.goto('/staff/reviews');
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await passEveryPoint(page, DISCLOSURE_POINTS);
  await page.getByLabel(outcome, { exact: true }).check();
  await page.getByLabel('审核意见', { exact: true }).fill(opinion);
  await page.getByRole('button', { name: '提交审核意见' }).click();
  await expect(page).toHaveURL(/\/staff\/reviews\?notice=decided/);
}

test('a notice is published only after its current version is legally approved, then found by the public', async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(editor, demoAccount('EDITOR').email);
  await signIn(reviewer, demoAccount('LEGAL_REVIEWER').email);
  const checker = await (await browser.newContext()).newPage();
  await signIn(checker, demoAccount('DIRECTOR').email);

  // The editor drafts a notice.
  await editor.goto('/staff/disclosures/new');
  await editor.getByLabel('类别').selectOption({ label: '通知公告' });
  await editor.getByLabel('标题').fill(title);
  await editor.getByLabel('摘要').fill('全区养老机构安全大排查安排');
  await editor.getByLabel('正文').fill(body);
  await editor.getByLabel('发布机构').fill('市中区民政局');
  await editor.getByLabel('成文日期').fill(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(editor).toHaveURL(/\/staff\/disclosures\/(?!new)[^/]+$/);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  const detailUrl = editor.url();

  // Publishing now is refused by the server, naming the missing review.
  await publishExpectingRefusal(editor);

  // The author may not check their own text: the check is listed as blocked for them.
  await expect(region(editor, '保密审查')).toContainText('保密审查须由起草、修改该信息以外的人员办理');

  // Secrecy check by the director, then legal review; the reviewer returns it with an opinion.
  await secrecyCheck(checker, detailUrl, '不涉及国家秘密');
  await submitForReview(editor);
  await decide(reviewer, '退回修改', '请补充联系电话，便于机构咨询。');

  // The editor sees the opinion, revises, checks and resubmits; the reviewer approves.
  await editor.goto(detailUrl);
  await expect(region(editor, '法制审核')).toContainText('请补充联系电话，便于机构咨询。');
  await editor.getByLabel('正文').fill(revised);
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(region(editor, '内容').getByRole('status')).toContainText('已保存');
  await secrecyCheck(checker, detailUrl, '修改后复核，不涉密');
  await submitForReview(editor);
  await decide(reviewer, '同意', '');

  // Editing the approved text needs a new review: publishing is refused again.
  await editor.goto(detailUrl);
  await expect(editor.getByText('审核通过', { exact: true })).toBeVisible();
  await editor.getByLabel('正文').fill(`${revised}\n\n特此通知。`);
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(region(editor, '内容').getByRole('status')).toContainText('须重新进行保密审查');
  await publishExpectingRefusal(editor);
  await secrecyCheck(checker, detailUrl, '再次复核，不涉密');
  await editor.goto(detailUrl);
  await publishExpectingRefusal(editor);
  await submitForReview(editor);
  await decide(reviewer, '同意', '');

  // Now it publishes, with an index number.
  await editor.goto(detailUrl);
  await expect(region(editor, '发布').getByText(REVIEW_MISSING)).toHaveCount(0);
  await region(editor, '发布').getByRole('button', { name: '发布', exact: true }).click();
  await expect(editor.getByText('已发布', { exact: true })).toBeVisible();
  await expect(editor.getByText(/索引号：11370102MB28XXXXXX\/\d{4}-\d{5}/)).toBeVisible();

  // A signed-out visitor finds it by a two-character search and reads it.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/search?q=' + encodeURIComponent('养老'));
  await visitor
    .getByRole('link', { name: new RegExp(`E2E-${stamp}`) })
    .first()
    .click();
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText(`E2E-${stamp}`);
  await expect(visitor.getByText('联系电话：0531-12345678。')).toBeVisible();
  await expect(visitor.getByText('特此通知。')).toBeVisible();
});

test('the disclosure pages are accessible to editors and refused to other staff', async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, demoAccount('EDITOR').email);
  for (const path of ['/staff/disclosures', '/staff/disclosures/new']) {
    await editor.goto(path);
    await expect(editor.getByRole('heading', { level: 1 })).toBeVisible();
    const axe = await new AxeBuilder({ page: editor }).analyze();
    expect(axe.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
  await editor.goto('/staff/disclosures?category=NOTICE&status=PUBLISHED');
  await editor.locator('table').getByRole('link').first().click();
  await expect(editor).toHaveURL(/\/staff\/disclosures\/(?!new)[^/?]+$/);
  await expect(editor.getByText('已发布', { exact: true }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page: editor }).analyze();
  expect(axe.violations.map((v) => `detail ${v.id}: ${v.help}`)).toEqual([]);

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, demoAccount('OFFICER').email);
  await expect(officer.getByRole('link', { name: '政务公开' })).toHaveCount(0);
  for (const path of ['/staff/disclosures', '/staff/disclosures/new', editor.url()]) {
    await officer.goto(path);
    await expect(officer).toHaveURL(/\/staff\/forbidden$/);
  }
});
