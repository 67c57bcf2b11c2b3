import { createHash, randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { chainHash, sealContent, type StepRecord } from '../../lib/domain/enforcement/hash-chain';
import { CURRENT_HASH_VERSION } from '../../lib/domain/records/columns';
import { sealRecord } from '../../lib/domain/records/seal';
import { E2E_RECORD_MAC_KEY } from './record-mac-key.mjs';
import { demoAccount, signIn } from './helpers';

// Evidence end to end on the demo database: an open case with the two demo officers is put in
// place (the case pages are another area's), then the demo officer uploads a recorder video with
// the demo recorder on loan to them (progress bar, SHA-256 shown), a mislabelled file is refused,
// the file downloads only for those allowed, the case-file check passes; the device ledger and the
// watch list work in the browser; the public exposure page answers.
test.describe.configure({ mode: 'serial' });

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = process.env.E2E_DATABASE ?? 'portal_e2e';
const suffix = Date.now().toString(36);
const caseId = `e2ecase${suffix}`;
const VIDEO = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2'), Buffer.alloc(300_000, 7)]);
const sha256 = createHash('sha256').update(VIDEO).digest('hex');

async function withDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await withDb(async (db) => {
    const officerOf = async (email: string) => {
      const { rows } = await db.query(`SELECT o."id", u."id" AS "userId" FROM "Officer" o JOIN "User" u ON u."id" = o."userId" WHERE u."email" = $1`, [email]);
      if (!rows[0]) throw new Error(`no officer record for ${email}`);
      return rows[0] as { id: string; userId: string };
    };
    const zhang = await officerOf(demoAccount('OFFICER').email);
    const chen = await officerOf('officer2@demo.minzheng.gov.cn');
    await db.query(
      `INSERT INTO "EnforcementCase" ("id", "caseNumber", "type", "title", "state", "filedOn", "jointDepartments", "createdById", "updatedAt")
       VALUES ($1, $2, 'PENALTY', '某国学研究会未经登记开展活动案', 'INVESTIGATION', CURRENT_DATE, '{}', $3, now())`,
      [caseId, `市中民罚立〔E2E〕${suffix}号`, zhang.userId],
    );
    for (const officer of [zhang, chen]) {
      await db.query(`INSERT INTO "CaseOfficer" ("caseId", "officerId", "role", "recusalDeclaredAt") VALUES ($1, $2, 'INVESTIGATOR', now())`, [caseId, officer.id]);
    }
    const record: StepRecord = {
      recordType: 'STEP',
      id: randomUUID(),
      caseId,
      seq: 1,
      key: 'INVESTIGATION',
      actorId: zhang.userId,
      occurredAt: new Date(Math.floor(Date.now() / 1000) * 1000),
      note: '调查取证',
      documents: [],
      recordingWaiverReason: null,
      chainSeq: 1,
      hashVersion: CURRENT_HASH_VERSION,
    };
    const hash = chainHash('', record);
    // Sealed with the server's key, as the application would have (lib/services/enforcement/case-chain.ts).
    const seal = sealRecord({ id: 'k1', secret: E2E_RECORD_MAC_KEY }, 'CaseStep', sealContent(record, { prevHash: '', hash }));
    await db.query(
      `INSERT INTO "CaseStep" ("id", "caseId", "seq", "key", "actorId", "occurredAt", "note", "documents", "chainSeq", "hashVersion", "prevHash", "hash", "mac", "macKeyId")
       VALUES ($1, $2, 1, $3, $4, $5, $6, '[]', 1, $7, '', $8, $9, $10)`,
      [record.id, caseId, record.key, record.actorId, record.occurredAt, record.note, CURRENT_HASH_VERSION, hash, seal.mac, seal.macKeyId],
    );
    await db.query(`UPDATE "EnforcementCase" SET "chainHead" = $1, "chainLength" = 1 WHERE "id" = $2`, [hash, caseId]);
  });
});

test('an officer on the case uploads a recorder video with progress and sees its SHA-256; a mislabelled file is refused', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto(`/staff/cases/${caseId}/evidence`);
  await expect(page.getByRole('heading', { name: /证据材料/ }).first()).toBeVisible();
  const form = page.getByTestId('evidence-upload');
  await form.getByLabel('证据类型').selectOption({ label: '视频' });
  await form.getByLabel('采集人员').selectOption({ label: '张执法' });
  await form.getByLabel('记录设备').selectOption({ index: 1 });
  await form.getByLabel('证据文件').setInputFiles({ name: '现场执法记录.mp4', mimeType: 'video/mp4', buffer: VIDEO });
  await form.getByRole('button', { name: '上传' }).click();
  await expect(form.getByTestId('uploaded-sha256')).toHaveText(sha256);
  await expect(form.getByRole('status')).toContainText('证据已上传并计入案卷');
  const row = page.getByTestId('evidence-row').filter({ hasText: '现场执法记录.mp4' });
  await expect(row.getByTestId('evidence-sha256')).toHaveText(sha256);
  await expect(row).toContainText('JLY-2021-01');
  await expect(page.getByTestId('chain-check')).toContainText('校验通过：案卷记录链完整，共 2 条记录；1 个证据文件');

  // Text named .mp4: refused by content, nothing added.
  await form.getByLabel('证据文件').setInputFiles({ name: '假视频.mp4', mimeType: 'video/mp4', buffer: Buffer.from('只是文字') });
  await form.getByRole('button', { name: '上传' }).click();
  await expect(form.getByRole('alert')).toContainText('不支持的文件类型');
  await page.reload();
  await expect(page.getByTestId('evidence-row')).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('the file downloads for officers on the case and the director, not for other staff or the signed-out', async ({ page, browser, playwright }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto(`/staff/cases/${caseId}/evidence`);
  const href = await page.getByRole('link', { name: '现场执法记录.mp4' }).getAttribute('href');
  expect(href).toMatch(/^\/api\/evidence\//);
  const own = await page.request.get(href!);
  expect(own.status()).toBe(200);
  expect(
    createHash('sha256')
      .update(await own.body())
      .digest('hex'),
  ).toBe(sha256);
  expect(own.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(own.headers()['x-content-type-options']).toBe('nosniff');

  for (const [email, status] of [
    [demoAccount('DIRECTOR').email, 200],
    [demoAccount('EDITOR').email, 403],
  ] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, email);
    expect((await other.request.get(href!)).status(), email).toBe(status);
    await context.close();
  }
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await anonymous.get(href!)).status()).toBe(401);
  await anonymous.dispose();
});

test('device ledger: the demo devices, hand-out and return, and the evidence each captured', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto('/staff/devices');
  await expect(page.getByTestId('device')).toHaveCount(5);
  const first = page.locator('[data-testid="device"][data-code="JLY-2021-01"]');
  await expect(first.getByTestId('device-status')).toContainText('已借给 张执法');
  await first.getByText(/采集的证据/).click();
  await expect(first).toContainText('现场执法记录.mp4');
  const camera = page.locator('[data-testid="device"][data-code="SXJ-2021-01"]');
  await expect(camera.getByTestId('device-status')).toHaveText('在库');
  await camera.getByLabel(/领用人员/).selectOption({ label: '陈执法' });
  await camera.getByLabel('领用时间').fill('2026-01-05T09:00');
  await camera.getByRole('button', { name: '领用' }).click();
  await expect(camera.getByTestId('device-status')).toContainText('已借给 陈执法');
  await camera.getByLabel('归还时间').fill('2026-01-05T17:00');
  await camera.getByRole('button', { name: '归还' }).click();
  await expect(camera.getByTestId('device-status')).toHaveText('在库');
});

test('watch list: an officer records a lead, which links to filing a ban case; the public exposure page answers', async ({ page }) => {
  await signIn(page, demoAccount('OFFICER').email);
  await page.goto('/staff/watchlist');
  await expect(page.getByTestId('watched').first()).toBeVisible();
  expect(await page.getByTestId('watched').count()).toBeGreaterThanOrEqual(3);
  const form = page.getByTestId('add-watched');
  await form.getByLabel('组织名称').fill(`城南老乡联谊总会${suffix}`);
  await form.getByLabel('线索来源').selectOption('群众举报');
  await form.getByLabel('来源说明').fill('来信举报');
  await form.getByRole('button', { name: '登记线索' }).click();
  await expect(form.getByRole('status')).toHaveText('已登记。');
  const entry = page.locator(`[data-testid="watched"][data-name="城南老乡联谊总会${suffix}"]`);
  await expect(entry.getByTestId('watch-status')).toHaveText('预警');
  await expect(entry.getByRole('link', { name: '立案取缔' })).toHaveAttribute('href', /\/staff\/cases\/new\?type=ILLEGAL_SOCIAL_ORG_BAN&watchedOrganisationId=/);
  await page.goto('/exposure');
  await expect(page.getByRole('heading', { level: 1, name: '非法社会组织曝光' })).toBeVisible();
});
