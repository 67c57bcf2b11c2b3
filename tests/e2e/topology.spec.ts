import { expect, test, type Browser, type Page } from '@playwright/test';
import { createSupervisor } from '../../scripts/lib/supervisor.mjs';
import { startTopology } from '../../scripts/lib/topology.mjs';
import { demo, demoAccount } from './helpers';
import { E2E_RECORD_MAC_KEY } from './record-mac-key.mjs';
import { e2eJobsEnv } from './smtp-port.mjs';

// Issue 17: two app instances and nginx in front (scripts/lib/topology.mjs, ADR 0030/0031), on the
// e2e database the web server has migrated and seeded. A publication and a withdrawal made through
// instance A reach instance B and the proxy within 5 s; sign-in throttling counts attempts made on
// either instance. Ports 3270 (nginx), 3271 (A), 3272 (B).
const PROXY_PORT = Number(process.env.TOPOLOGY_PROXY_PORT ?? 3270);
const A = `http://127.0.0.1:${PROXY_PORT + 1}`;
const B = `http://127.0.0.1:${PROXY_PORT + 2}`;
const PROXY = `http://127.0.0.1:${PROXY_PORT}`;
const COHERENCE_MS = 5_000;
const REFUSED = '邮箱或密码错误，或暂时无法登录。请稍后再试；如仍无法登录，请联系系统管理员。';

const supervisor = createSupervisor();
const stamp = Date.now().toString(36).toUpperCase();
const title = `拓扑一致性测试（TOPO-${stamp}）`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const admin = new URL(process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  admin.pathname = `/${process.env.E2E_DATABASE ?? 'portal_e2e'}`;
  await startTopology({
    root: process.cwd(),
    supervisor,
    proxyPort: PROXY_PORT,
    instancePorts: [PROXY_PORT + 1, PROXY_PORT + 2],
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: admin.toString(),
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production-0123456789',
      RECORD_MAC_KEY: E2E_RECORD_MAC_KEY,
      AUTH_TRUST_HOST: 'true',
      AUTH_TRUSTED_PROXY_HOPS: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      // The same job queue settings as the served app: the instances share its database.
      ...e2eJobsEnv(),
    },
  });
});

test.afterAll(async () => {
  await supervisor.stop(0);
});

async function text(url: string): Promise<{ status: number; body: string; cache: string | null }> {
  const response = await fetch(url, { headers: { 'accept-language': 'zh-CN' } });
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache-status') };
}

/** Polls until `check` holds for the page at `url`; returns how long it took. */
async function within(url: string, check: (body: string) => boolean, limitMs = COHERENCE_MS): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { body } = await text(url);
    if (check(body)) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${url}: not coherent after ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function signInAt(page: Page, origin: string, email: string, password = demo.password) {
  await page.goto(`${origin}/signin`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function staffPage(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAt(page, A, demoAccount(role).email);
  await expect(page).toHaveURL(/\/staff/);
  return page;
}

test('the proxy micro-caches public pages, never staff pages or a signed-in visitor', async () => {
  await text(`${PROXY}/list/work-news`);
  const second = await text(`${PROXY}/list/work-news`);
  expect(second.status).toBe(200);
  expect(['HIT', 'UPDATING', 'STALE']).toContain(second.cache);
  const staff = await fetch(`${PROXY}/staff`, { redirect: 'manual' });
  expect(staff.headers.get('x-cache-status')).toBe('BYPASS');
  const signedIn = await fetch(`${PROXY}/list/work-news`, { headers: { cookie: 'authjs.session-token=anything' } });
  expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS');
  const secure = await fetch(`${PROXY}/list/work-news`, { headers: { cookie: 'a=1; __Secure-authjs.session-token=x' } });
  expect(secure.headers.get('x-cache-status')).toBe('BYPASS');
  const gz = await fetch(`${PROXY}/list/work-news`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers.get('content-encoding')).toMatch(/gzip|br/);
});

test('a publication and a withdrawal through instance A reach instance B and the proxy within 5 s', async ({ browser }) => {
  test.setTimeout(180_000);
  // B and the proxy hold the list in their caches before the publication.
  for (const origin of [B, PROXY]) {
    await text(`${origin}/list/work-news`);
    expect((await text(`${origin}/list/work-news`)).body).not.toContain(title);
  }

  const editor = await staffPage(browser, 'EDITOR');
  await editor.goto(`${A}/staff/disclosures/new`);
  await editor.getByLabel('类别').selectOption({ label: '工作动态' });
  await editor.getByLabel('标题').fill(title);
  await editor.getByLabel('摘要').fill('两个实例之间的缓存一致性');
  await editor.getByLabel('正文').fill('区民政局开展冬季走访慰问活动。');
  await editor.getByLabel('发布机构').fill('市中区民政局');
  await editor.getByLabel('成文日期').fill(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(editor).toHaveURL(/\/staff\/disclosures\/(?!new)[^/]+$/);
  const checker = await staffPage(browser, 'DIRECTOR');
  await checker.goto(editor.url());
  const secrecy = checker.getByRole('region', { name: '保密审查', exact: true });
  await secrecy.getByLabel('审查意见').fill('不涉及国家秘密');
  await secrecy.getByRole('button', { name: '保密审查通过' }).click();
  await expect(secrecy).toContainText('保密审查人');
  await editor.reload();
  await editor.getByRole('region', { name: '发布', exact: true }).getByRole('button', { name: '发布', exact: true }).click();
  await expect(editor.getByText('已发布', { exact: true })).toBeVisible();

  const published = {
    b: await within(`${B}/list/work-news`, (body) => body.includes(title)),
    proxy: await within(`${PROXY}/list/work-news`, (body) => body.includes(title)),
  };
  const list = (await text(`${B}/list/work-news`)).body;
  const id = new RegExp(`href="/disclosures/([^"]+)"[^>]*>${title.replace(/[()（）]/g, '.')}`).exec(list)?.[1];
  expect(id, 'the new item links to its detail page').toBeTruthy();
  // Both caches hold the detail page before the withdrawal.
  for (const origin of [B, PROXY]) {
    await text(`${origin}/disclosures/${id}`);
    expect((await text(`${origin}/disclosures/${id}`)).body).toContain('区民政局开展冬季走访慰问活动');
  }

  await editor.reload();
  const withdraw = editor.getByRole('region', { name: '撤回', exact: true });
  await withdraw.getByLabel('撤回理由').fill('信息有误，更正后重新发布');
  await withdraw.getByRole('button', { name: '撤回', exact: true }).click();
  await expect(editor.getByText('已撤回', { exact: true }).first()).toBeVisible();

  const withdrawn = {
    bDetail: await within(`${B}/disclosures/${id}`, (body) => body.includes('该信息已撤回') && !body.includes('区民政局开展冬季走访慰问活动')),
    bList: await within(`${B}/list/work-news`, (body) => !body.includes(title)),
    proxyDetail: await within(`${PROXY}/disclosures/${id}`, (body) => body.includes('该信息已撤回') && !body.includes('区民政局开展冬季走访慰问活动')),
    proxyList: await within(`${PROXY}/list/work-news`, (body) => !body.includes(title)),
  };
  console.log(`coherence (ms after the action returned): published ${JSON.stringify(published)}, withdrawn ${JSON.stringify(withdrawn)}`);
});

test('sign-in throttling counts the failures made on either instance', async ({ browser }) => {
  test.setTimeout(120_000);
  const email = demoAccount('HEARING_HOST').email;
  // A visitor address of its own (the instances trust one proxy hop), so no other spec's sign-ins count.
  const from = async (address: string) => (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address } })).newPage();
  const attacker = await from('203.0.113.17');
  // auth.maxFailedSignIns is 5: three failures on A, two on B.
  for (const origin of [A, B, A, B, A]) {
    await signInAt(attacker, origin, email, 'wrong-password-123');
    await expect(attacker.getByText(REFUSED)).toBeVisible();
  }
  // The right password from that address is now refused on B, which saw only two failures itself…
  await signInAt(attacker, B, email);
  await expect(attacker.getByText(REFUSED)).toBeVisible();
  await expect(attacker).toHaveURL(/\/signin/);
  // …while the same account signs in from elsewhere: the refusal above is the throttle.
  const owner = await from('203.0.113.18');
  await signInAt(owner, A, email);
  await expect(owner).toHaveURL(/\/staff/);
});
