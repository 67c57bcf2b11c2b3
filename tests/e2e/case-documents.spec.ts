import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { demoAccount, signIn } from './helpers';

// Issue 15's acceptance path in Chromium: an officer files a penalty case, records its steps with a
// recording, generates the 事先告知书; after the head decides, the 决定书 and the 送达回证. The PDFs
// are read back (text extraction) for the case number, the party, the penalty and the remedy time
// limits; the case file (卷宗) lists every document and evidence item with hashes that match the
// files in the evidence zip; the public /verify page confirms a document and rejects an altered one.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36).toUpperCase();
const title = `周建国未经登记开展募捐活动案（文书E2E-${stamp}）`;
const decisionNumber = `市中民罚决〔2026〕文书${stamp}号`;
const VIDEO = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2'), Buffer.alloc(50_000, 7)]);
let caseUrl = '';
let caseNumber = '';

async function as(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, demoAccount(role).email);
  return page;
}

async function recordStep(page: Page, key: string, label: string, fill: (step: ReturnType<Page['getByTestId']>) => Promise<void> = async () => {}) {
  const step = page.getByTestId(`step-${key}`);
  await fill(step);
  await step.getByRole('button', { name: `记录：${label}` }).click();
  await expect(page.getByTestId('case-state')).toHaveText(label);
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

async function generate(page: Page, type: string, label: string): Promise<{ number: string; code: string; pdf: Buffer }> {
  const before = await page.getByTestId('document-row').count();
  const form = page.getByTestId(`doc-type-${type}`).getByTestId(`generate-${type}`);
  await form.getByRole('button', { name: '生成文书（周建国）' }).click();
  await expect(form.getByRole('status')).toHaveText('文书已生成，见下方文书列表。');
  await expect(page.getByTestId('document-row')).toHaveCount(before + 1);
  const row = page.getByTestId('document-row').filter({ hasText: label }).last();
  const number = (await row.getByTestId('document-number').textContent())!.trim();
  const code = (await row.getByTestId('document-code').textContent())!.trim();
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('document-pdf').click()]);
  return { number, code, pdf: await bytesOf(download) };
}

const documents: Record<string, { number: string; code: string; pdf: Buffer }> = {};

test('the officer files the case, records the investigation with a recording and the notice, and generates the 事先告知书', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await as(browser, 'OFFICER');
  await page.goto('/staff/cases/new');
  // The signed-in officer is pre-selected; an incomplete form names every missing item at once, in Chinese.
  await expect(page.getByLabel(/^张执法/)).toBeChecked();
  await page.getByLabel(/^张执法/).uncheck();
  await page.getByRole('button', { name: '立案', exact: true }).click();
  const refusal = page.getByRole('alert').first();
  for (const label of ['案件名称', '办案执法人员', '当事人1姓名或名称']) await expect(refusal).toContainText(label);
  await expect(refusal).not.toContainText('caseTitle');
  await page.getByLabel('案件类型').selectOption({ label: '行政处罚' });
  await page.getByLabel('案件名称').fill(title);
  await page.getByLabel('案情（违法事实或调查事项）').fill('周建国以“城西互助会”名义未经登记向居民募集资金。');
  await page.getByLabel('法律依据').fill('《社会团体登记管理条例》第三十五条');
  await page.getByLabel('立案日期').fill('2026-09-01');
  await page.getByLabel(/^张执法/).check();
  await page.getByLabel(/^陈执法/).check();
  await page.getByLabel(/均已声明/).check();
  const party = page.getByRole('group', { name: '当事人1' });
  await party.getByLabel('姓名或名称').fill('周建国');
  await party.getByLabel('身份证件号或统一社会信用代码（不公开）').fill('370102197707073456');
  await page.getByRole('button', { name: '立案', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  caseUrl = new URL(page.url()).pathname;
  caseNumber = (await page.getByRole('heading', { level: 1 }).textContent())!.split(' ')[0]!.trim();

  // Before the notice is recorded, the page says what the 事先告知书 still needs.
  await expect(page.getByTestId('doc-type-RIGHTS_NOTICE')).toContainText('请先在“告知”环节登记拟作出的处罚');

  await recordStep(page, 'INVESTIGATION', '调查取证', async (step) => {
    await step.getByLabel('说明', { exact: true }).fill('现场检查发现募捐箱一个、收据二十张。');
  });
  await expect(page.getByTestId('step-confirmation')).toContainText('已记录“调查取证”');
  // The next step's requirements are shown before it is attempted: the recording and its document.
  await expect(page.getByTestId('requirements-RIGHTS_NOTICE')).toContainText('须音像记录');
  await expect(page.getByTestId('requirements-RIGHTS_NOTICE')).toContainText('行政处罚事先告知书');
  const upload = page.getByTestId('evidence-upload');
  await upload.getByLabel('证据类型').selectOption({ label: '视频' });
  await upload.getByLabel('采集人员').selectOption({ label: '张执法' });
  await upload.getByLabel('证据文件').setInputFiles({ name: '现场检查录像.mp4', mimeType: 'video/mp4', buffer: VIDEO });
  await upload.getByRole('button', { name: '上传' }).click();
  await expect(upload.getByTestId('uploaded-sha256')).toHaveText(createHash('sha256').update(VIDEO).digest('hex'));
  await page.reload();

  await recordStep(page, 'RIGHTS_NOTICE', '告知', async (step) => {
    await step.getByLabel('罚款', { exact: true }).check();
    await step.getByLabel('罚款金额（元）').fill('3000');
    await step.getByLabel('告知书送达日期').fill('2026-09-14');
  });

  const notice = await generate(page, 'RIGHTS_NOTICE', '行政处罚事先告知书');
  expect(notice.number).toMatch(/^市中民罚告〔\d{4}〕\d+号$/);
  documents.RIGHTS_NOTICE = notice;
  const text = await pdfText(notice.pdf);
  for (const expected of [caseNumber, '周建国', '罚款3,000元', '三个工作日', '陈述、申辩', notice.number, notice.code]) expect(text).toContain(expected);
});

test('after the head decides, the officer generates the 决定书 and the 送达回证', async ({ browser }) => {
  test.setTimeout(180_000);
  const officer = await as(browser, 'OFFICER');
  await officer.goto(caseUrl);
  await recordStep(officer, 'STATEMENT_OR_HEARING', '陈述申辩/听证');
  // The decision is the head's: an officer is not shown its form.
  await expect(officer.getByTestId('step-DECISION')).toHaveCount(0);
  await expect(officer.getByTestId('doc-type-PENALTY_DECISION')).toContainText('负责人作出处罚决定后才能制作行政处罚决定书');

  const director = await as(browser, 'DIRECTOR');
  await director.goto(caseUrl);
  await recordStep(director, 'DECISION', '决定', async (step) => {
    await step.getByLabel('决定书文号').fill(decisionNumber);
    await step.getByLabel('决定日期').fill('2026-10-20');
  });
  // The head generates nothing: the document buttons are the case officers'.
  await expect(director.getByTestId('document-types')).toHaveCount(0);

  await officer.reload();
  const decision = await generate(officer, 'PENALTY_DECISION', '行政处罚决定书');
  documents.PENALTY_DECISION = decision;
  const text = await pdfText(decision.pdf);
  for (const expected of [caseNumber, '周建国', '罚款3,000元', '十五日内', '六十日内', '六个月内', '申请行政复议', '提起行政诉讼']) expect(text).toContain(expected);

  await recordStep(officer, 'SERVICE', '送达', async (step) => {
    await step.getByLabel('送达日期').fill('2026-10-21');
  });
  const receipt = await generate(officer, 'SERVICE_RECEIPT', '送达回证');
  documents.SERVICE_RECEIPT = receipt;
  const receiptText = await pdfText(receipt.pdf);
  for (const expected of [caseNumber, '周建国', documents.RIGHTS_NOTICE!.number, decision.number]) expect(receiptText).toContain(expected);
});

test('the case file lists every document and evidence item, with hashes matching the files in the zip', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await as(browser, 'OFFICER');
  await page.goto(caseUrl);
  await expect(page.getByTestId('chain-check')).toContainText('校验通过');
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-file-pdf').click()]);
  const [zipDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-file-zip').click()]);
  const caseFile = await pdfText(await bytesOf(pdfDownload));
  const zip = await JSZip.loadAsync(await bytesOf(zipDownload));
  expect(caseFile).toContain('卷内目录');
  expect(caseFile).toContain('哈希链核验证明');
  expect(caseFile).toContain('核验结果：完好');
  for (const doc of Object.values(documents)) {
    expect(caseFile).toContain(doc.number);
    expect(caseFile).toContain(createHash('sha256').update(doc.pdf).digest('hex'));
  }
  const sums = (await zip.file('SHA256SUMS')!.async('string')).trim().split('\n');
  // The recording and each document's PDF and Word file.
  expect(sums).toHaveLength(1 + 2 * Object.keys(documents).length);
  for (const line of sums) {
    const [hash, name] = line.split(/\s+/) as [string, string];
    const bytes = await zip.file(name)!.async('nodebuffer');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
    expect(caseFile).toContain(hash);
  }
});

test('the staff case list and the case page fit a 390 px phone screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, demoAccount('OFFICER').email);
  for (const path of ['/staff/cases', caseUrl]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('anyone can verify a served document on /verify; an altered copy fails', async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  const decision = documents.PENALTY_DECISION!;
  await visitor.goto(`/verify?code=${decision.code}`);
  await expect(visitor.getByLabel('验证码')).toHaveValue(decision.code);
  await visitor.getByLabel('文书PDF文件（可选）').setInputFiles({ name: 'decision.pdf', mimeType: 'application/pdf', buffer: decision.pdf });
  await expect(visitor.getByLabel('SHA-256值')).toHaveValue(createHash('sha256').update(decision.pdf).digest('hex'));
  await visitor.getByRole('button', { name: '核验' }).click();
  const result = visitor.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-status', 'MATCH');
  await expect(result).toContainText(decision.number);
  await expect(result).toContainText('市中区民政局');
  await expect(result).not.toContainText('周建国');

  const altered = Buffer.from(decision.pdf);
  altered[altered.length - 100] = altered[altered.length - 100]! ^ 0x01;
  await visitor.getByLabel('文书PDF文件（可选）').setInputFiles({ name: 'decision.pdf', mimeType: 'application/pdf', buffer: altered });
  await expect(visitor.getByLabel('SHA-256值')).toHaveValue(createHash('sha256').update(altered).digest('hex'));
  await visitor.getByRole('button', { name: '核验' }).click();
  await expect(visitor.getByTestId('verify-result')).toHaveAttribute('data-status', 'MISMATCH');
});

test('the case page with its documents and /verify have no detectable accessibility violations', async ({ browser }) => {
  const officer = await as(browser, 'OFFICER');
  const visitor = await (await browser.newContext()).newPage();
  for (const [page, path] of [
    [officer, caseUrl],
    [visitor, '/verify'],
  ] as const) {
    await page.goto(path);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
});
