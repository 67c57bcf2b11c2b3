import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccount, signIn, passEveryPoint, ENFORCEMENT_POINTS } from './helpers';

// Issue 13's acceptance path for reports, in Chromium: a visitor reports an illegal social
// organisation at /report; an officer puts it on the watch list; from the watch-list entry a ban case
// is opened and worked to closing by the officers on it, the legal reviewer (the ban is major) and the
// director; closing drafts the exposure item, which someone other than its author checks for secrecy
// (条例第十七条) and the editor publishes; the organisation then appears on /exposure, and the visitor
// follows the report's status (never its internal details) at /track. Each step goes through the
// forms the staff use.

// The visitor comes from an address of their own: the other specs' look-ups from 127.0.0.1 share the
// per-address /track limit (10 in 10 minutes), which holds back that address, not this visitor.
test.use({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.23' } });

const stamp = Date.now().toString(36).toUpperCase();
const organisation = `城北国学养生研究总会（E2E-${stamp}）`;
const decisionNumber = `市中民取决〔2026〕E2E${stamp}号`;
const reporter = { name: '韩举报', contact: '13700009999' };
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

async function as(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await signIn(page, demoAccount(role).email);
  return page;
}

async function recordStep(page: Page, key: string, label: string, fill: (step: ReturnType<Page['getByTestId']>) => Promise<void> = async () => {}) {
  const step = page.getByTestId(`step-${key}`);
  await fill(step);
  await step.getByRole('button', { name: `记录：${label}` }).click();
  await expect(page.getByTestId('case-state')).toHaveText(label);
}

async function track(page: Page, code: string, status: string) {
  await page.goto('/track');
  await page.getByLabel('查询码').fill(code);
  await page.getByRole('button', { name: '查询' }).click();
  const result = page.getByTestId('track-result');
  await expect(result.getByRole('heading', { name: `办理状态：${status}` })).toBeVisible();
  return result;
}

test('a report becomes a watch-list entry, then a ban case; the closed case puts the organisation on /exposure; the visitor follows it at /track', async ({ page, browser }) => {
  test.setTimeout(300_000);

  // The visitor reports, giving a name and contact.
  await page.goto('/report');
  await page.getByLabel('举报或投诉').selectOption('ILLEGAL_ORG');
  await page.getByLabel('匿名提交').uncheck();
  await page.getByLabel('姓名（选填）').fill(reporter.name);
  await page.getByLabel('联系方式').fill(reporter.contact);
  await page.getByLabel('组织名称').fill(organisation);
  await page.getByLabel('活动地点').fill('北园大街88号三楼');
  await page.getByLabel('具体情况（活动内容、时间，或事情经过）').fill('未经登记以“国学养生”名义发展会员、收取会费，组织老年人听课');
  await expect(page.getByTestId('proof-of-work')).toHaveAttribute('data-ready', 'true');
  // No evidence file: the empty file input is no file (it was once refused as an empty file).
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByTestId('tracking-code')).toBeVisible();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  await track(page, code, '已收到，等待受理');

  // An officer accepts it onto the watch list; the entry lists the report, without the reporter.
  const officer = await as(browser, 'OFFICER');
  await officer.goto('/staff/public-reports');
  const report = officer.getByTestId('report-item').filter({ hasText: organisation });
  await report.getByLabel('受理日期').fill(today);
  await report.getByLabel('受理后').selectOption('WATCHLIST');
  await report.getByRole('button', { name: '受理', exact: true }).click();
  await expect(report).toContainText(`已列入预警名单：${organisation}`);
  await track(page, code, '已受理，正在核查办理');

  await officer.goto('/staff/watchlist');
  const entry = officer.getByTestId('watched').filter({ hasText: organisation });
  const fromReport = entry.getByTestId('linked-report');
  await expect(fromReport).toHaveCount(1);
  await expect(fromReport).toContainText(`${today} · 举报涉嫌非法社会组织 · 已受理`);
  await expect(entry).not.toContainText(reporter.name);
  await expect(entry).not.toContainText(reporter.contact);
  const reportHref = await fromReport.getByRole('link', { name: '查看举报' }).getAttribute('href');
  expect(reportHref).toMatch(/^\/staff\/public-reports#report-/);

  // From the entry, the ban case: type, entry and party come filled in.
  await entry.getByRole('link', { name: '立案取缔' }).click();
  await expect(officer.getByLabel('案件类型')).toHaveValue('ILLEGAL_SOCIAL_ORG_BAN');
  await expect(officer.getByLabel('案件名称')).toHaveValue(`取缔非法社会组织“${organisation}”案`);
  const party = officer.getByRole('group', { name: '当事人1' });
  await expect(party.getByLabel('姓名或名称')).toHaveValue(organisation);
  await officer.getByLabel('案情（违法事实或调查事项）').fill(`“${organisation}”未经登记，擅自以社会团体名义发展会员、收取会费。`);
  await officer.getByLabel('法律依据').fill('《社会团体登记管理条例》第三十二条；《取缔非法民间组织暂行办法》第二条');
  await officer.getByLabel(/^张执法/).check();
  await officer.getByLabel(/^陈执法/).check();
  await officer.getByLabel(/均已声明/).check();
  await officer.getByRole('button', { name: '立案', exact: true }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toContainText(organisation);
  const caseUrl = new URL(officer.url()).pathname;
  expect(caseUrl).toMatch(/^\/staff\/cases\/(?!new)/);

  // The case lists the report that led to it; its officers see who reported it, others do not.
  const caseReport = officer.getByTestId('linked-report');
  await expect(caseReport).toContainText(`${today} · 举报涉嫌非法社会组织 · 已受理`);
  await expect(caseReport).toContainText(`${reporter.name} ${reporter.contact}`);
  await expect(caseReport.getByRole('link', { name: '查看举报' })).toHaveAttribute('href', reportHref!);
  const outsider = await as(browser, 'HEARING_HOST');
  await outsider.goto(caseUrl);
  await expect(outsider.getByTestId('linked-report')).toContainText('实名（仅案件承办人员可见）');
  await expect(outsider.locator('main')).not.toContainText(reporter.name);
  await expect(outsider.locator('main')).not.toContainText(reporter.contact);

  // The officers investigate, serve the notice and hear the party; the ban is major: legal review.
  await recordStep(officer, 'FILED', '立案');
  await recordStep(officer, 'INVESTIGATION', '调查取证');
  await recordStep(officer, 'RIGHTS_NOTICE', '告知', async (step) => {
    await step.getByLabel('告知书送达日期').fill(today);
    await step.getByLabel(/未能音像记录的原因/).fill('活动场所已人去楼空，以照片和书证固定证据');
  });
  await recordStep(officer, 'STATEMENT_OR_HEARING', '陈述申辩/听证', async (step) => {
    await step.getByLabel('说明', { exact: true }).fill('当事人负责人书面陈述，承认未经登记开展活动。');
  });
  await recordStep(officer, 'LEGAL_REVIEW', '法制审核');
  await officer.getByTestId('submit-review').getByRole('button', { name: '送法制审核' }).click();
  await expect(officer.getByTestId('submit-review').getByRole('status')).toHaveText('已送法制审核。');

  const reviewer = await as(browser, 'LEGAL_REVIEWER');
  await reviewer.goto('/staff/reviews');
  await reviewer
    .getByRole('link', { name: new RegExp(`E2E-${stamp}`) })
    .first()
    .click();
  await passEveryPoint(reviewer, ENFORCEMENT_POINTS);
  await reviewer.getByLabel('同意', { exact: true }).check();
  await reviewer.getByLabel('审核意见', { exact: true }).fill('事实清楚，证据确凿，程序合法，同意取缔。');
  await reviewer.getByRole('button', { name: '提交审核意见' }).click();
  await expect(reviewer).toHaveURL(/\/staff\/reviews\?notice=decided/);

  // The director: collective decision, then the ban.
  const director = await as(browser, 'DIRECTOR');
  await director.goto(caseUrl);
  await recordStep(director, 'COLLECTIVE_DECISION', '集体讨论', async (step) => {
    await step.getByLabel('集体讨论日期').fill(today);
    await step.getByLabel(/集体讨论记录/).fill('局务会议集体讨论，一致同意予以取缔。');
  });
  await recordStep(director, 'BAN_DECISION', '作出取缔决定', async (step) => {
    await step.getByLabel('决定书文号').fill(decisionNumber);
    await step.getByLabel('决定日期').fill(today);
    await step.getByLabel('决定内容（结论）').fill('予以取缔，收缴其印章、资料');
  });

  // The officers serve it, announce it and close the case: closing drafts the exposure item.
  await officer.goto(caseUrl);
  await recordStep(officer, 'SERVICE', '送达', async (step) => step.getByLabel('送达日期').fill(today));
  await recordStep(officer, 'EXPOSURE', '公告曝光');
  await recordStep(officer, 'CLOSED', '结案归档', async (step) => step.getByLabel('结案日期').fill(today));

  await officer.goto('/staff/watchlist');
  await expect(entry.getByTestId('watch-status')).toHaveText('已取缔');
  await expect(entry).toContainText('曝光信息草稿（待发布）');
  const exposureUrl = await entry.getByRole('link', { name: `非法社会组织曝光：${organisation}` }).getAttribute('href');
  expect(exposureUrl).toMatch(/^\/staff\/disclosures\//);

  // Not yet public.
  await page.goto('/exposure');
  await expect(page.getByRole('main')).not.toContainText(organisation);

  // The officer who closed the case wrote the draft: the director, not its author, checks it for
  // secrecy; the editor publishes it.
  await director.goto(exposureUrl!);
  const secrecy = director.getByRole('region', { name: '保密审查', exact: true });
  await secrecy.getByLabel('审查意见').fill('取缔决定已作出，组织名称依法公开，不涉及国家秘密和个人隐私。');
  await secrecy.getByRole('button', { name: '保密审查通过' }).click();
  await expect(secrecy).toContainText('保密审查人');
  const editor = await as(browser, 'EDITOR');
  await editor.goto(exposureUrl!);
  await editor.getByRole('region', { name: '发布', exact: true }).getByRole('button', { name: '发布', exact: true }).click();
  await expect(editor.getByText('已发布', { exact: true })).toBeVisible();

  await page.goto('/exposure');
  await expect(page.getByRole('main')).toContainText(organisation);

  // The officer answers the report; the visitor sees the status and the answer, nothing internal.
  await officer.goto('/staff/public-reports');
  await report.getByLabel('办结日期').fill(today);
  await report.getByLabel('答复内容').fill('经调查，该组织属于非法社会组织，本局已依法予以取缔并向社会公告。感谢您的监督。');
  await report.getByRole('button', { name: '办结并答复' }).click();
  await expect(report).toContainText('已办结');
  const result = await track(page, code, '已办结');
  await expect(result).toContainText('本局已依法予以取缔并向社会公告');
  for (const internal of [decisionNumber, '张执法', '陈执法', '赵法审', '王局长', '集体讨论', '/staff/']) {
    await expect(result).not.toContainText(internal);
  }
});

test('the guide tells a visitor what /apply, /report and /track do', async ({ page }) => {
  await page.goto('/guide');
  const main = page.getByRole('main');
  await expect(main.locator('a[href="/apply"]')).toContainText('在线提交政府信息公开申请');
  await expect(main.locator('a[href="/report"]')).toContainText('举报涉嫌非法社会组织');
  await expect(main.locator('a[href="/track"]')).toContainText('凭提交申请或举报投诉时获得的查询码');
  await expect(main).toContainText('答复期限自收到补正的申请之日起计算');
});
