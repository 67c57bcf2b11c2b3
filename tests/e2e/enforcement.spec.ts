import { expect, test, type Browser, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { demoAccount, signIn, passEveryPoint, ENFORCEMENT_POINTS } from './helpers';

// The acceptance path in Chromium: an officer files a penalty case with a second certified
// officer, uploads a recording (hash shown), serves the rights notice; the party requests a hearing,
// a hearing host who did not investigate holds it; the case is major, the legal review approves it
// through the review queue, the director records the collective decision and decides; the officer
// serves it; the editor publishes the masked publicity, which the public site then shows.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36).toUpperCase();
const title = `孙大伟未经登记以社会团体名义开展活动案（E2E-${stamp}）`;
const decisionNumber = `市中民罚决〔2026〕E2E${stamp}号`;
const VIDEO = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2'), Buffer.alloc(200_000, 5)]);
const sha256 = createHash('sha256').update(VIDEO).digest('hex');
let caseUrl = '';

async function as(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, demoAccount(role).email);
  return page;
}

async function recordStep(page: Page, key: string, label: string, fill: (step: ReturnType<Page['getByTestId']>) => Promise<void> = async () => {}) {
  const step = page.getByTestId(`step-${key}`);
  await fill(step);
  await step.getByRole('button', { name: `记录：${label}` }).click();
  // Recorded: the case moves on, and this step's form gives way to the next ones.
  await expect(page.getByTestId('case-state')).toHaveText(label);
}

test('officer files the case, uploads a recording, serves the notice; the party asks for a hearing', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await as(browser, 'OFFICER');
  await page.goto('/staff/cases/new');
  await page.getByLabel('案件类型').selectOption({ label: '行政处罚' });
  await page.getByLabel('案件名称').fill(title);
  await page.getByLabel('案情（违法事实或调查事项）').fill('孙大伟组织“城东同乡会”，未经登记以社会团体名义发展会员、收取会费。');
  await page.getByLabel('法律依据').fill('《社会团体登记管理条例》第三十五条');
  await page.getByLabel('立案日期').fill('2026-09-01');
  await page.getByLabel(/^张执法/).check();
  await page.getByLabel(/^陈执法/).check();
  await page.getByLabel(/均已声明/).check();
  const party = page.getByRole('group', { name: '当事人1' });
  await party.getByLabel('姓名或名称').fill('孙大伟');
  await party.getByLabel('身份证件号或统一社会信用代码（不公开）').fill('370102198505052345');
  await page.getByRole('button', { name: '立案', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByRole('status').first()).toHaveText('案件已立案。');
  caseUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('case-officer')).toHaveCount(2);

  await recordStep(page, 'INVESTIGATION', '调查取证');

  // The notice is refused while the mandatory recording is missing.
  const notice = page.getByTestId('step-RIGHTS_NOTICE');
  await notice.getByLabel('罚款', { exact: true }).check();
  await notice.getByLabel('罚款金额（元）').fill('20000');
  await notice.getByLabel('告知书送达日期').fill('2026-09-14');
  await notice.getByLabel(/告知书已载明/).check();
  await notice.getByRole('button', { name: '记录：告知' }).click();
  await expect(notice.getByRole('alert')).toContainText('“调查取证”须有音像记录');

  // The recording, through the evidence panel: its SHA-256 is shown.
  const upload = page.getByTestId('evidence-upload');
  await upload.getByLabel('证据类型').selectOption({ label: '视频' });
  await upload.getByLabel('采集人员').selectOption({ label: '张执法' });
  await upload.getByLabel('证据文件').setInputFiles({ name: '现场调查录像.mp4', mimeType: 'video/mp4', buffer: VIDEO });
  await upload.getByRole('button', { name: '上传' }).click();
  await expect(upload.getByTestId('uploaded-sha256')).toHaveText(sha256);
  await page.reload();
  await expect(page.getByTestId('evidence-row').filter({ hasText: '现场调查录像.mp4' }).getByTestId('evidence-sha256')).toHaveText(sha256);
  await expect(page.getByTestId('checklist-INVESTIGATION')).toContainText('已音像记录');

  await recordStep(page, 'RIGHTS_NOTICE', '告知', async (step) => {
    await step.getByLabel('罚款', { exact: true }).check();
    await step.getByLabel('罚款金额（元）').fill('20000');
    await step.getByLabel('告知书送达日期').fill('2026-09-14');
    await step.getByLabel(/告知书已载明/).check();
  });
  await expect(page.getByTestId('major-reasons')).toContainText('拟对个人罚款20,000元，达到重大执法决定标准10,000元');

  const response = page.getByTestId('hearing-response');
  await response.getByLabel('申请听证').check();
  await response.getByLabel('日期', { exact: true }).fill('2026-09-15');
  await response.getByRole('button', { name: '登记当事人意见' }).click();
  await expect(page.getByTestId('hearing-facts')).toContainText('2026-09-15');

  await recordStep(page, 'STATEMENT_OR_HEARING', '陈述申辩/听证');
  const schedule = page.getByTestId('hearing-schedule');
  await schedule.getByLabel(/^听证主持人/).selectOption({ label: '刘听证（市中区民政局办公室）' });
  await schedule.getByLabel('听证通知送达日期').fill('2026-09-16');
  await schedule.getByLabel('听证日期').fill('2026-09-28');
  await schedule.getByRole('button', { name: '安排听证' }).click();
  await expect(page.getByTestId('hearing-facts')).toContainText('刘听证');
});

test('the hearing host (not an investigator) holds the hearing', async ({ browser }) => {
  const page = await as(browser, 'HEARING_HOST');
  await page.goto(caseUrl);
  const hold = page.getByTestId('hearing-hold');
  await hold.getByLabel('举行听证日期').fill('2026-09-28');
  await hold.getByLabel('听证笔录摘要').fill('当事人到场陈述申辩，调查人员出示证据，当事人对事实无异议。');
  await hold.getByRole('button', { name: '登记听证' }).click();
  await expect(page.getByTestId('hearing-facts')).toContainText('2026-09-28');
  await expect(page.getByTestId('major-reasons')).toContainText('经过听证程序');
});

test('legal review approves through the review queue; the director decides; the officer serves it', async ({ browser }) => {
  test.setTimeout(180_000);
  const officer = await as(browser, 'OFFICER');
  await officer.goto(caseUrl);
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
  await reviewer.getByLabel('审核意见', { exact: true }).fill('事实清楚，证据确凿，程序合法，同意。');
  await reviewer.getByRole('button', { name: '提交审核意见' }).click();
  await expect(reviewer).toHaveURL(/\/staff\/reviews\?notice=decided/);

  const director = await as(browser, 'DIRECTOR');
  await director.goto(caseUrl);
  await expect(director.getByTestId('review-rounds')).toContainText('审核通过');
  // The decision is not offered before the collective decision: only the collective step is next.
  await expect(director.getByTestId('step-DECISION')).toHaveCount(0);
  await recordStep(director, 'COLLECTIVE_DECISION', '集体讨论', async (step) => {
    await step.getByLabel('集体讨论日期').fill('2026-10-15');
    await step.getByLabel(/集体讨论记录/).fill('局长办公会集体讨论，一致同意罚款20,000元。');
  });
  await recordStep(director, 'DECISION', '决定', async (step) => {
    await step.getByLabel('决定书文号').fill(decisionNumber);
    await step.getByLabel('决定日期').fill('2026-10-20');
  });
  await expect(director.getByTestId('publicity-status')).toContainText('草稿');

  await officer.goto(caseUrl);
  await recordStep(officer, 'SERVICE', '送达', async (step) => {
    await step.getByLabel('送达日期').fill('2026-10-21');
  });
  await expect(officer.getByTestId('timeline-step')).toHaveCount(11);
});

test('the editor publishes the masked publicity and the public site shows it', async ({ browser }) => {
  const editor = await as(browser, 'EDITOR');
  await editor.goto('/staff/disclosures?category=ENFORCEMENT_PUBLICITY');
  await editor
    .getByRole('link', { name: new RegExp(`E2E${stamp}`) })
    .first()
    .click();
  const secrecy = editor.getByRole('region', { name: '保密审查', exact: true });
  await secrecy.getByLabel('审查意见').fill('当事人姓名已隐去，未公开身份证号码。');
  await secrecy.getByRole('button', { name: '保密审查通过' }).click();
  await expect(secrecy).toContainText('保密审查人');
  await editor.getByRole('region', { name: '发布', exact: true }).getByRole('button', { name: '发布', exact: true }).click();
  await expect(editor.getByText('已发布', { exact: true })).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/list/enforcement');
  await visitor
    .getByRole('link', { name: new RegExp(`E2E${stamp}`) })
    .first()
    .click();
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText(decisionNumber);
  await expect(visitor.getByText(/孙某某/).first()).toBeVisible();
  await expect(visitor.getByText('罚款20,000元').first()).toBeVisible();
  await expect(visitor.locator('body')).not.toContainText('孙大伟');
  await expect(visitor.locator('body')).not.toContainText('370102198505052345');
});
