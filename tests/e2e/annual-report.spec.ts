import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test, type Page } from '@playwright/test';
import { demoAccount, signIn, passEveryPoint, DISCLOSURE_POINTS } from './helpers';

// The director's yearly report, end to end: from the records to the public site and the files.
const TITLE = '市中区民政局2021年度法治政府建设情况报告';
const EDITED = '1、深入落实普法责任制。我局制定普法责任清单，全年开展线下普法活动{{publicity.offlineEvents}}（端到端测试修改）。';

async function decide(page: Page) {
  await page.goto('/staff/reviews');
  await page.getByRole('link', { name: TITLE }).first().click();
  await passEveryPoint(page, DISCLOSURE_POINTS);
  await page.getByLabel('同意', { exact: true }).check();
  await page.getByLabel('审核意见', { exact: true }).fill('同意公开。');
  await page.getByRole('button', { name: '提交审核意见' }).click();
  await expect(page).toHaveURL(/\/staff\/reviews\?notice=decided/);
}

test('the director generates, edits, sends for review and publishes the 2021 report; the files carry its figures', async ({ browser }) => {
  test.setTimeout(240_000);
  const director = await (await browser.newContext()).newPage();
  await signIn(director, demoAccount('DIRECTOR').email);

  // The dashboard for 2021 shows the year's published items.
  await director.goto('/staff/dashboard?year=2021');
  await expect(director.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(director.getByText('365', { exact: false }).first()).toBeVisible();

  // Generate the 2021 report.
  await director.goto('/staff/reports');
  await director.getByRole('spinbutton', { name: '年度' }).fill('2021');
  await director.getByRole('button', { name: '生成报告' }).click();
  await expect(director).toHaveURL(/\/staff\/reports\/2021$/);
  const article = director.getByRole('article', { name: '2021年度法治政府建设情况报告' });
  for (const phrase of [
    '主动公开各类信息365条',
    '执法人员12名、听证主持人1名',
    '参加培训1次',
    '共开展活动4次，发放宣传资料1.5万余份',
    '检查养老机构192次',
    '对全区29家养老服务机构开展实地检查',
  ]) {
    await expect(article).toContainText(phrase);
  }
  // No raw placeholder, no sentence that no record backs; what the records cannot back is a marked gap.
  // What a person reads (innerText: the closed edit forms, which hold the narrative with its placeholders, are not rendered).
  const shown = await article.innerText();
  expect(shown).not.toContain('{{');
  for (const unbacked of ['法律顾问全程参与行政合同审查', '我为群众办实事', '重点领域监督', '民政法制建设滞后']) expect(shown).not.toContain(unbacked);
  const gaps = director.locator('[data-gap="true"]');
  await expect(gaps.first()).toContainText('【待补充：');
  await expect(director.getByTestId('report-gaps')).toBeVisible();

  // Follow a figure to the records behind it: the list's length is the figure.
  const supervision = director.locator('[data-paragraph="measures.supervision.1"]');
  await supervision.getByText('本段数字来源').click();
  await supervision.getByRole('link', { name: '查看“检查养老机构”的记录' }).click();
  await expect(director).toHaveURL(/metric=inspections\.elderlyCare&year=2021/);
  await expect(director.getByTestId('metric-record')).toHaveCount(192);
  await director.goBack();

  // Edit a paragraph: the narrative is kept, its figure stays live.
  const publicity = director.locator('[data-paragraph="measures.publicity.1"]');
  await publicity.getByText('修改本段').click();
  await publicity.getByLabel('段落内容').fill(EDITED);
  await publicity.getByRole('button', { name: '保存段落' }).click();
  await expect(publicity.getByRole('status')).toHaveText('段落已保存为新版本');
  await expect(article).toContainText('全年开展线下普法活动4次（端到端测试修改）');

  // With a gap left, the report cannot be sent for review.
  await director.getByRole('button', { name: '送保密审查和法制审核' }).click();
  await expect(director.getByRole('alert').filter({ hasText: '待补充' })).toBeVisible();
  await expect(director.getByTestId('report-status')).toHaveText('尚未送审。');
  // The director fills each gap (the text is the author's own).
  for (let left = await gaps.count(); left > 0; left = await gaps.count()) {
    const gap = gaps.first();
    const key = await gap.getAttribute('data-paragraph');
    await gap.locator('summary').filter({ hasText: '修改本段' }).click();
    await gap.getByLabel('段落内容').fill(`经核实，本项工作情况由作者补写（${left}）。`);
    await gap.getByRole('button', { name: '保存段落' }).click();
    await expect(director.locator(`[data-paragraph="${key}"][data-gap="true"]`)).toHaveCount(0);
  }
  expect(await article.innerText()).not.toContain('【待补充');
  await expect(director.getByTestId('report-gaps')).toHaveCount(0);

  // The PDF of a version not yet approved is marked 草稿.
  const draftPdf = await director.request.get('/api/reports/2021/pdf');
  const draftText = (await extractText(await getDocumentProxy(new Uint8Array(await draftPdf.body())), { mergePages: true })).text.replace(/\s+/g, '');
  expect(draftText).toContain('草稿');

  // Secrecy check by an editor (the director wrote the report, 条例第十七条), then legal review.
  await director.getByRole('button', { name: '送保密审查和法制审核' }).click();
  await expect(director.getByText(/待信息公开人员（非起草人）保密审查/)).toBeVisible();
  await expect(director.getByTestId('report-status')).toHaveText('公开状态：草稿');
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, demoAccount('EDITOR').email);
  await editor.goto('/staff/disclosures?category=ANNUAL_REPORT&status=DRAFT');
  await editor.getByRole('link', { name: TITLE }).first().click();
  const secrecy = editor.getByRole('region', { name: '保密审查', exact: true });
  await secrecy.getByLabel('审查意见').fill('经审查，报告不涉及国家秘密、工作秘密和个人隐私，可以公开。');
  await secrecy.getByRole('button', { name: '保密审查通过' }).click();
  await expect(secrecy).toContainText('保密审查人');
  await director.goto('/staff/reports/2021');
  await director.getByRole('button', { name: '送保密审查和法制审核' }).click();
  await expect(director.getByTestId('report-status')).toHaveText('公开状态：法制审核中');

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, demoAccount('LEGAL_REVIEWER').email);
  await decide(reviewer);

  // The director publishes.
  await director.goto('/staff/reports/2021');
  await expect(director.getByTestId('report-status')).toHaveText('公开状态：审核通过');
  await director.getByRole('button', { name: '发布到门户网站' }).click();
  await expect(director.getByTestId('report-status')).toHaveText('公开状态：已发布');

  // The public finds it among the annual reports.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/list/annual-reports');
  await visitor.getByRole('link', { name: TITLE }).first().click();
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(visitor.getByText(/检查养老机构192次/)).toBeVisible();
  await expect(visitor.getByText(/全年开展线下普法活动4次（端到端测试修改）/)).toBeVisible();

  // Downloads: a Word document with heading styles and a PDF with the figures in Chinese.
  const docx = await director.request.get('/api/reports/2021/docx');
  expect(docx.status()).toBe(200);
  expect(docx.headers()['content-type']).toContain('wordprocessingml');
  const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
  const paragraphWith = (text: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(text)) ?? '';
  for (const heading of ['一、主要举措和成效', '二、党政主要负责人', '三、存在的不足及原因', '四、下一年度工作安排']) {
    expect(paragraphWith(heading)).toContain('<w:pStyle w:val="Heading1"/>');
  }
  expect(xml).toContain('全年开展线下普法活动4次（端到端测试修改）');
  // Page numbers in the footer (a PAGE field) and the 落款 (issuing organ, then the date) at the end.
  const zip = await JSZip.loadAsync(await docx.body());
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  expect(footers.join('')).toContain('PAGE');
  const runs = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  expect(runs.at(-2)).toBe('市中区民政局');
  expect(runs.at(-1)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  // Approved and published: no draft mark.
  expect(xml).not.toContain('草稿');
  const pdf = await director.request.get('/api/reports/2021/pdf');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  const flat = text.replace(/\s+/g, '');
  for (const figure of ['365条', '192次', '1.5万余份', '执法人员12名']) expect(flat).toContain(figure);
});

test('other staff can neither open the report pages nor download the files', async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, demoAccount('EDITOR').email);
  for (const path of ['/staff/reports', '/staff/reports/2021', '/staff/reports/2021/statistics']) {
    await editor.goto(path);
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('无权访问');
  }
  for (const format of ['docx', 'pdf']) expect((await editor.request.get(`/api/reports/2021/${format}`)).status()).toBe(403);
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.request.get('/api/reports/2021/pdf')).status()).toBe(401);
});

test('the director sees the statutory yearly statistics with their totals checked', async ({ page }) => {
  await signIn(page, demoAccount('DIRECTOR').email);
  await page.goto('/staff/reports/2021/statistics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2021年度统计');
  await expect(page.getByRole('row', { name: /行政检查/ }).first()).toBeVisible();
  await expect(page.getByText('表内合计核对无误。')).toBeVisible();
  await expect(page.getByTestId('proactive-by-category').getByRole('row', { name: /合计/ })).toContainText('365');
});
