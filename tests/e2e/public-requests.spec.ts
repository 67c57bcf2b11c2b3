import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccount, signIn } from './helpers';

// 依申请公开 end to end: a visitor applies at /apply and follows the request at /track while staff
// ask for a correction (the clock pauses), the head extends the period with a reason, and the
// editor answers 部分公开 with a file that the visitor then downloads.

const stamp = Date.now().toString(36).toUpperCase();
const subject = `本区2025年养老服务补贴发放明细（E2E-${stamp}）`;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function staffPage(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await signIn(page, demoAccount(role).email);
  await page.goto('/staff/requests');
  return page;
}

async function expectStatus(page: Page, code: string, status: string) {
  await page.goto('/track');
  await page.getByLabel('查询码').fill(code);
  await page.getByRole('button', { name: '查询' }).click();
  const result = page.getByTestId('track-result');
  await expect(result.getByRole('heading', { name: `办理状态：${status}` })).toBeVisible();
  return result;
}

test('a visitor applies, staff correct, extend and answer 部分公开 with a file; the visitor follows it at /track', async ({ page, browser }) => {
  await page.goto('/apply');
  await page.getByLabel('申请人类型').selectOption('PERSON');
  await page.getByLabel('姓名或名称').fill('周卫东');
  await page.getByLabel('证件类型').selectOption('RESIDENT_ID');
  await page.getByLabel('证件号码').fill('110101199003074514');
  await page.getByLabel('联系电话').fill('13900001111');
  await page.getByLabel('所需信息的内容描述').fill(subject);
  await page.getByLabel('获取信息的方式').selectOption('ELECTRONIC');
  await page.getByLabel('送达方式').selectOption('ONLINE');
  await expect(page.getByTestId('proof-of-work')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '提交申请' }).click();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  let result = await expectStatus(page, code, '已收到，正在办理');
  await expect(result).toContainText('答复期限');
  await expect(result).not.toContainText('周卫东');
  await page.getByLabel('查询码').fill('0000-0000-0000-0000-0000');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('未找到与该查询码对应的申请，请核对后重新输入。');
  await expect(page.getByTestId('track-result')).toHaveCount(0);

  // The editor asks for a correction: the clock pauses.
  const editor = await staffPage(browser, 'EDITOR');
  const item = editor.getByTestId('request-item').filter({ hasText: subject });
  await expect(item.getByTestId('request-clock')).toContainText('自');
  await item.getByLabel('告知补正日期').fill(today);
  await item.getByLabel('需要补正的事项').fill('请说明所需补贴信息的具体月份');
  await item.getByRole('button', { name: '告知补正' }).click();
  await expect(item.getByTestId('request-clock')).toContainText('期限暂停');
  result = await expectStatus(page, code, '待申请人补正');
  await expect(result).toContainText('请说明所需补贴信息的具体月份');
  await expect(result).not.toContainText('答复期限');

  await item.getByLabel('收到补正日期').fill(today);
  await item.getByRole('button', { name: '登记收到补正' }).click();
  await expect(item.getByTestId('request-clock')).toContainText('重新计算');

  // The head (DIRECTOR) extends the period with a reason.
  const director = await staffPage(browser, 'DIRECTOR');
  const directorItem = director.getByTestId('request-item').filter({ hasText: subject });
  await directorItem.getByLabel('延长决定日期').fill(today);
  await directorItem.getByLabel('延长工作日数').fill('10');
  await directorItem.getByLabel('延长理由').fill('涉及多个年度的档案，需调取核对');
  await directorItem.getByRole('button', { name: '批准延长答复期限' }).click();
  await expect(directorItem.getByTestId('request-clock')).toContainText('经负责人同意延长10个工作日');
  result = await expectStatus(page, code, '已延长答复期限，正在办理');
  await expect(result).toContainText('涉及多个年度的档案，需调取核对');

  // The editor answers 部分公开 with the information as a file.
  await editor.reload();
  await item.getByLabel('答复结果').selectOption('DISCLOSED_IN_PART');
  await item.getByLabel('不予公开的理由类型').selectOption('THIRD_PARTY_RIGHTS');
  await item.getByLabel('理由', { exact: true }).fill('涉及个人信息的部分不予公开');
  await item.getByLabel('答复日期').fill(today);
  await item.getByLabel('提供的信息（文件）').setInputFiles({ name: '补贴发放明细.pdf', mimeType: 'application/pdf', buffer: PDF });
  await item.getByRole('button', { name: '登记答复' }).click();
  await expect(item).toContainText('部分公开（');
  await expect(item).toContainText('补贴发放明细.pdf');

  result = await expectStatus(page, code, '已答复');
  await expect(result).toContainText('部分公开');
  await expect(result).toContainText('保护第三方合法权益');
  await expect(result).toContainText('政府信息公开申请答复书.docx');
  const download = page.waitForEvent('download');
  await result.getByRole('button', { name: '下载：补贴发放明细.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('补贴发放明细.pdf');
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5d20000000049454e44ae426082', 'hex');

test('a visitor reports an illegal organisation anonymously; an officer puts it on the watch list and answers; the visitor sees the answer', async ({ page, browser }) => {
  const organisation = `国学养生促进总会（E2E-${stamp}）`;
  await page.goto('/report');
  await page.getByLabel('举报或投诉').selectOption('ILLEGAL_ORG');
  await page.getByLabel('组织名称').fill(organisation);
  await page.getByLabel('活动地点').fill('和平路12号二楼');
  await page.getByLabel('具体情况（活动内容、时间，或事情经过）').fill('以养老投资为名组织老年人集会并收取会费');
  // An executable is refused by its content, with a clear message, and nothing is kept.
  await page.getByLabel('证据材料').setInputFiles([{ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]) }]);
  await expect(page.getByTestId('proof-of-work')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('不支持的文件类型');
  await expect(page.getByLabel('组织名称')).toHaveValue(organisation);

  await page.goto('/report');
  await page.getByLabel('举报或投诉').selectOption('ILLEGAL_ORG');
  await page.getByLabel('组织名称').fill(organisation);
  await page.getByLabel('活动地点').fill('和平路12号二楼');
  await page.getByLabel('具体情况（活动内容、时间，或事情经过）').fill('以养老投资为名组织老年人集会并收取会费');
  await page.getByLabel('证据材料').setInputFiles([{ name: '现场照片.png', mimeType: 'image/png', buffer: PNG }]);
  await expect(page.getByTestId('proof-of-work')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  await expectStatus(page, code, '已收到，等待受理');

  const officer = await staffPage(browser, 'OFFICER');
  await officer.goto('/staff/public-reports');
  const item = officer.getByTestId('report-item').filter({ hasText: organisation });
  await expect(item.getByTestId('report-due')).toContainText('受理期限：自');
  await expect(item).toContainText('现场照片.png');
  await item.getByLabel('受理日期').fill(today);
  await item.getByLabel('受理后').selectOption('WATCHLIST');
  await item.getByRole('button', { name: '受理', exact: true }).click();
  await expect(item).toContainText(`已列入预警名单：${organisation}`);
  await expect(item.getByTestId('report-due')).toContainText('办结期限：自');
  await expectStatus(page, code, '已受理，正在核查办理');

  await officer.goto('/staff/watchlist');
  await expect(officer.getByText(organisation).first()).toBeVisible();
  await officer.goto('/staff/public-reports');
  await item.getByLabel('办结日期').fill(today);
  await item.getByLabel('答复内容').fill('经核查，该组织已列入非法社会组织预警名单，将依法处理。');
  await item.getByRole('button', { name: '办结并答复' }).click();
  await expect(item).toContainText('已办结');
  const result = await expectStatus(page, code, '已办结');
  await expect(result).toContainText('经核查，该组织已列入非法社会组织预警名单，将依法处理。');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('without JavaScript the request form still works (honeypot + minimum fill time), and the code finds it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto('/apply');
  await page.getByLabel('姓名或名称').fill('某某科技有限公司');
  await page.getByLabel('申请人类型').selectOption('BUSINESS');
  await page.getByLabel('证件类型').selectOption('CREDIT_CODE');
  await page.getByLabel('证件号码').fill('91370100MA3C000000');
  await page.getByLabel('联系电话').fill('0531-88880000');
  await page.getByLabel('所需信息的内容描述').fill(`养老机构运营补贴申报指南（无脚本-${stamp}）`);
  await page.getByLabel('获取信息的方式').selectOption('ELECTRONIC');
  await page.getByLabel('送达方式').selectOption('ONLINE');
  await expect(page.getByTestId('proof-of-work')).toHaveValue('');
  await page.waitForTimeout(4_500);
  await page.getByRole('button', { name: '提交申请' }).click();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expectStatus(page, code, '已收到，正在办理');
  await context.close();
});
