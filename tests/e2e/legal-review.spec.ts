import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DISCLOSURE_POINTS, demoAccount, signIn } from './helpers';

// The review that sees what it approves (issue 12): a reviewer reads the full text as the public
// will, previews the attachment, cannot approve while a point is undecided or 不符合, returns it
// with a note; the editor changes it; round 2 shows the diff; the reviewer approves. Each subject
// type's review page (its own checklist) has no axe violations.

const stamp = Date.now().toString(36).toUpperCase();
const title = `关于做好冬季养老机构安全工作的通知（E2E-${stamp}）`;
const body = '各养老机构：\n\n请于本月底前完成消防设施自查。';
const revised = '各养老机构：\n\n请于本月25日前完成消防设施自查，并报送自查表。';
// A minimal valid PDF (the store checks the content, not the name).
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function expectNoAxeViolations(page: Page, label: string) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(
    axe.violations.map(
      (v) =>
        `${label} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
  ).toEqual([]);
}

async function secrecyCheck(page: Page, url: string, note: string) {
  await page.goto(url);
  const secrecy = region(page, '保密审查');
  await secrecy.getByLabel('审查意见').fill(note);
  await secrecy.getByRole('button', { name: '保密审查通过' }).click();
  await expect(secrecy).toContainText('保密审查人');
}

async function submitForReview(page: Page, url: string) {
  await page.goto(url);
  const review = region(page, '法制审核');
  await review.getByRole('button', { name: '送法制审核' }).click();
  await expect(review.getByRole('status')).toHaveText('已送法制审核。');
}

async function openRound(page: Page, name: string) {
  await page.goto('/staff/reviews');
  await page.getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

async function fillPoints(page: Page, points: string[], conclusion: (point: string) => '符合' | '不符合' | null) {
  for (const point of points) {
    await page.getByLabel(point, { exact: true }).fill(`${point}：经审查。`);
    const choice = conclusion(point);
    if (choice)
      await page
        .getByRole('radiogroup', { name: `${point}审查结论` })
        .getByLabel(choice, { exact: true })
        .check();
  }
}

test('a reviewer reads the text and the attachment, is refused an approval with an undecided or 不符合 point, returns it, and approves round 2 from its diff', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const editor = await (await browser.newContext()).newPage();
  const checker = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(editor, demoAccount('EDITOR').email);
  await signIn(checker, demoAccount('DIRECTOR').email);
  await signIn(reviewer, demoAccount('LEGAL_REVIEWER').email);

  // The editor drafts a notice with a PDF attachment.
  await editor.goto('/staff/disclosures/new');
  await editor.getByLabel('类别').selectOption({ label: '通知公告' });
  await editor.getByLabel('标题').fill(title);
  await editor.getByLabel('摘要').fill('冬季安全工作安排');
  await editor.getByLabel('正文').fill(body);
  await editor.getByLabel('发布机构').fill('市中区民政局');
  await editor.getByLabel('成文日期').fill(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(editor).toHaveURL(/\/staff\/disclosures\/(?!new)[^/]+$/);
  const detailUrl = editor.url();
  await editor.locator('#attachment-file').setInputFiles({ name: '自查表.pdf', mimeType: 'application/pdf', buffer: PDF });
  await editor.getByRole('button', { name: '上传附件' }).click();
  await expect(editor.getByText('自查表.pdf').first()).toBeVisible();

  await secrecyCheck(checker, detailUrl, '不涉及国家秘密');
  await submitForReview(editor, detailUrl);

  // Round 1: the full text as the public will read it, and the PDF previewed inline.
  await openRound(reviewer, title);
  const content = region(reviewer, '送审内容');
  await expect(content.getByTestId('review-public-body')).toContainText('请于本月底前完成消防设施自查。');
  const preview = content.locator('iframe[title="附件预览：自查表.pdf"]');
  await expect(preview).toBeVisible();
  const src = await preview.getAttribute('src');
  const file = await reviewer.request.get(src!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect(file.headers()['x-frame-options']).toBe('SAMEORIGIN');
  // Only that path may be framed (by the portal itself); every page still refuses framing.
  expect((await reviewer.request.get('/staff/reviews')).headers()['x-frame-options']).toBe('DENY');
  expect((await reviewer.request.get('/signin')).headers()['x-frame-options']).toBe('DENY');
  // The notice is checked against the disclosure points, not the nine enforcement points.
  await expect(reviewer.getByLabel('执法人员资格', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(reviewer, 'notice review page');

  // Every point starts undecided: approving with one left undecided is refused, naming it.
  await fillPoints(reviewer, DISCLOSURE_POINTS, (point) => (point === '国家秘密' ? null : '符合'));
  await reviewer.getByLabel('同意', { exact: true }).check();
  await reviewer.getByRole('button', { name: '提交审核意见' }).click();
  await expect(reviewer.getByRole('alert').first()).toContainText('请选择“国家秘密”是否符合');

  // 不符合 on one point: approving is refused; returning it with a note is accepted.
  await reviewer.getByRole('radiogroup', { name: '国家秘密审查结论' }).getByLabel('符合', { exact: true }).check();
  await reviewer.getByRole('radiogroup', { name: '政策一致性审查结论' }).getByLabel('不符合', { exact: true }).check();
  await reviewer.getByLabel('政策一致性', { exact: true }).fill('报送期限与已公开的工作方案（25日）不一致。');
  await reviewer.getByRole('button', { name: '提交审核意见' }).click();
  await expect(reviewer.getByRole('alert').first()).toContainText('审核要点“政策一致性”不符合，不能作出同意的审核意见');
  await reviewer.getByLabel('退回修改', { exact: true }).check();
  await reviewer.getByLabel('审核意见', { exact: true }).fill('请将报送期限改为本月25日，并要求报送自查表。');
  await reviewer.getByRole('button', { name: '提交审核意见' }).click();
  await expect(reviewer).toHaveURL(/\/staff\/reviews\?notice=decided/);
  await expect(reviewer.getByRole('region', { name: /^我的审核记录/ })).toContainText(title);

  // The editor revises; a second check; round 2.
  await editor.goto(detailUrl);
  await expect(region(editor, '法制审核')).toContainText('请将报送期限改为本月25日');
  await editor.getByLabel('正文').fill(revised);
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(region(editor, '内容').getByRole('status')).toContainText('已保存');
  await secrecyCheck(checker, detailUrl, '修改后复核，不涉密');
  await submitForReview(editor, detailUrl);

  // Round 2 shows what changed since round 1; the reviewer approves.
  await openRound(reviewer, title);
  await expect(reviewer.getByRole('heading', { level: 1 })).toContainText('第2轮');
  const diff = region(reviewer, '与第1轮相比的修改');
  await expect(diff.locator('ins').first()).toBeVisible();
  await expect(diff.locator('ins')).toContainText(['25日']);
  await expect(diff).toContainText('报送自查表');
  await expect(diff.locator('del').first()).toBeVisible();
  await expectNoAxeViolations(reviewer, 'notice round 2 review page');
  await fillPoints(reviewer, DISCLOSURE_POINTS, () => '符合');
  await reviewer.getByLabel('同意', { exact: true }).check();
  await reviewer.getByRole('button', { name: '提交审核意见' }).click();
  await expect(reviewer).toHaveURL(/\/staff\/reviews\?notice=decided/);

  await editor.goto(detailUrl);
  await expect(editor.getByText('审核通过', { exact: true })).toBeVisible();
});

test('the review page of a major decision, a contract, a normative document and an enforcement decision each show their own checklist with 0 axe violations', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const drafter = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(drafter, demoAccount('EDITOR').email);
  await signIn(reviewer, demoAccount('LEGAL_REVIEWER').email);

  // A major administrative decision and a contract, drafted and sent for review.
  const decisionTitle = `关于提高高龄津贴标准的决策（E2E-${stamp}）`;
  const contractTitle = `社区养老服务委托合同（E2E-${stamp}）`;
  await drafter.goto('/staff/matters');
  await drafter.getByText('新建重大行政决策').click();
  await drafter.getByLabel('决策事项名称').fill(decisionTitle);
  await drafter.getByLabel('决策草案内容').fill('拟将80周岁以上老人高龄津贴提高至每月200元。');
  await drafter.getByRole('region', { name: '重大行政决策' }).getByRole('button', { name: '保存' }).click();
  await drafter.getByRole('link', { name: decisionTitle }).click();
  // The decision page lists the five procedures; concluding is blocked, naming each missing one.
  await expect(region(drafter, '法定程序')).toContainText('公众参与');
  await expect(region(drafter, '办结')).toContainText('尚未履行“公众参与”程序');
  await expect(region(drafter, '办结')).toContainText('尚未履行“集体讨论决定”程序');
  await expectNoAxeViolations(drafter, 'major decision page');
  await region(drafter, '法制审核').getByRole('button', { name: '送法制审核' }).click();
  await expect(region(drafter, '法制审核').getByRole('status')).toContainText('送');

  await drafter.goto('/staff/matters');
  await drafter.getByText('新建行政合同').click();
  await drafter.getByLabel('合同名称').fill(contractTitle);
  await drafter.getByLabel('合同相对方').fill('某某养老服务中心');
  await drafter.getByLabel('合同金额（元）').fill('80000');
  await drafter.getByLabel('合同期限起始日期').fill('2027-01-01');
  await drafter.getByLabel('合同期限截止日期').fill('2027-12-31');
  await drafter.getByRole('region', { name: '行政合同' }).getByRole('button', { name: '保存' }).click();
  await drafter.getByRole('link', { name: contractTitle }).click();
  await region(drafter, '法制审核').getByRole('button', { name: '送法制审核' }).click();
  await expect(region(drafter, '法制审核').getByRole('status')).toContainText('送');

  await openRound(reviewer, decisionTitle);
  await expect(region(reviewer, '送审内容')).toContainText('拟将80周岁以上老人高龄津贴提高至每月200元。');
  for (const point of ['决策权限', '决策程序', '决策内容']) await expect(reviewer.getByLabel(point, { exact: true })).toBeVisible();
  await expectNoAxeViolations(reviewer, 'major decision review page');

  await openRound(reviewer, contractTitle);
  await expect(region(reviewer, '送审内容')).toContainText('某某养老服务中心');
  for (const point of ['合同主体', '签约权限', '权利义务', '违约责任', '争议解决', '风险防控']) await expect(reviewer.getByLabel(point, { exact: true })).toBeVisible();
  await expectNoAxeViolations(reviewer, 'contract review page');

  // The demo data's decided rounds: a 2021 normative document and a major enforcement decision.
  await reviewer.goto('/staff/reviews');
  const history = reviewer.getByRole('region', { name: /^我的审核记录/ });
  const normative = history.getByRole('row').filter({ hasText: '政务公开信息' }).first().getByRole('link');
  await normative.click();
  await expect(region(reviewer, '送审内容')).toBeVisible();
  await expectNoAxeViolations(reviewer, 'disclosure (2021) review page');

  await reviewer.goto('/staff/reviews');
  await reviewer
    .getByRole('region', { name: /^我的审核记录/ })
    .getByRole('row')
    .filter({ hasText: '重大执法决定' })
    .first()
    .getByRole('link')
    .click();
  const caseContent = region(reviewer, '送审内容');
  await expect(caseContent).toContainText('案件事实');
  await expect(caseContent).toContainText('拟作出的处罚');
  await expect(caseContent).toContainText('裁量基准');
  await expect(region(reviewer, '证据清单')).toBeVisible();
  await expectNoAxeViolations(reviewer, 'enforcement decision review page');
});
