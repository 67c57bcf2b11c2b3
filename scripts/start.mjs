#!/usr/bin/env node
// `npm start`: one command from a fresh `npm ci` to a running portal with demo data.
//
//   1. database: DATABASE_URL when set, else an embedded PGlite kept in .data/pglite/main
//   2. migrations: prisma migrate deploy
//   3. build: npm run build (prisma generate + next build), only when missing or out of date
//   4. demo data: prisma/seed.ts (idempotent: it skips when the demo data exists), run under the
//      react-server condition because the services it calls import `server-only`
//   5. next start on PORT (default 3000), then the URL and demo accounts
//
// Flags: --no-seed (never load demo data, e.g. against a real database), --help.
// Plain Node ESM: it runs before anything is built, so it cannot use the app's TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { loadOrCreateAuthSecret, loadOrCreateRecordMacKey } from './lib/auth-secret.mjs';
import { printBanner } from './lib/banner.mjs';
import { startEmbeddedDb } from './lib/embedded-db.mjs';
import { buildDecision, recordBuildInputs } from './lib/freshness.mjs';
import { isPortFree, waitForPort } from './lib/ports.mjs';
import { fail, redactUrl, say, timed } from './lib/say.mjs';
import { createSupervisor } from './lib/supervisor.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, '.data');
const PGLITE_DIR = path.join(DATA, 'pglite', 'main');
const node = process.execPath;

const { values: flags } = parseArgs({
  options: { 'no-seed': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (flags.help) {
  console.log(
    fs
      .readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\nimport ')[0]
      .replace(/^#!.*\n/, '')
      .replace(/^\/\/ ?/gm, ''),
  );
  process.exit(0);
}

// Same .env that prisma.config.ts and Next.js read, so "is DATABASE_URL set?" has one answer.
// Variables already in the environment win.
dotenv.config({ path: path.join(ROOT, '.env'), quiet: true });

const supervisor = createSupervisor();
supervisor.done.then((code) => {
  if (code === 0) say('已停止', 'Stopped');
  process.exit(code);
});

let firstSignalAt = 0;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    // Under `npm start` one Ctrl-C arrives twice (from the terminal and forwarded by npm), so only
    // a signal well after the first one means "stop waiting".
    if (firstSignalAt) {
      if (Date.now() - firstSignalAt > 1_000) supervisor.killAll();
      return;
    }
    firstSignalAt = Date.now();
    say('正在停止…（再按一次 Ctrl-C 强制结束）', 'Stopping… (press Ctrl-C again to force)');
    void supervisor.stop(0);
  });
}

supervisor.onServiceDeath(({ name, code, signal }) => {
  fail(`${name} 意外退出，正在停止其他进程`, `${name} exited unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest`);
  void supervisor.stop(1);
});

try {
  await main();
} catch (error) {
  // After a Ctrl-C the interrupted step's failure is expected, not news.
  if (!supervisor.stopping) {
    fail('启动失败', `Start failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  await supervisor.stop(1);
}

async function main() {
  const webPort = Number(process.env.PORT || 3000);
  // Checked first: finding out after a one-minute build that the port is taken is no fun.
  if (!(await isPortFree(webPort))) {
    throw new Error(`port ${webPort} is in use (端口已被占用); stop that server or run PORT=${webPort + 1} npm start`);
  }

  const auth = process.env.AUTH_SECRET ? null : loadOrCreateAuthSecret(DATA);
  if (auth?.created) say('已生成 AUTH_SECRET', `Generated AUTH_SECRET in ${path.relative(ROOT, auth.file)}`);
  const recordKey = process.env.RECORD_MAC_KEY ? null : loadOrCreateRecordMacKey(DATA);
  if (recordKey?.created) say('已生成记录签名密钥 RECORD_MAC_KEY', `Generated RECORD_MAC_KEY in ${path.relative(ROOT, recordKey.file)}`);

  const database = await chooseDatabase();
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    ...(auth ? { AUTH_SECRET: auth.secret } : {}),
    ...(recordKey ? { RECORD_MAC_KEY: recordKey.secret } : {}),
    // next-auth only trusts the request's Host header in production when told to; a local start is
    // reached as localhost, 127.0.0.1 or a LAN address, so AUTH_URL cannot be fixed in advance.
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? (process.env.AUTH_URL ? undefined : 'true'),
    // Absolute links in feeds and the sitemap (app/(public)/_lib/site-url.ts): the configured public
    // address, else the one this script serves and prints below.
    PUBLIC_SITE_URL: process.env.PUBLIC_SITE_URL ?? (process.env.AUTH_URL ? undefined : `http://localhost:${webPort}`),
    // Both would try to phone home, which only costs time on an offline machine.
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
    CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE ?? '1',
    // The job queue (reminders, e-mail; ADR 0026) runs in the server on a real PostgreSQL. The
    // embedded PGlite serves one transaction at a time, so there it is off unless asked for.
    JOBS_ENABLED: process.env.JOBS_ENABLED ?? (database.embedded ? 'false' : 'true'),
    // One instance on the embedded PGlite has no one to tell about route-cache invalidations, and
    // the PGlite socket serves one connection at a time: no listening connection there (ADR 0030).
    ...(database.embedded ? { ROUTE_CACHE_BROADCAST: 'off' } : {}),
  };
  /** @type {import('node:child_process').SpawnOptions} */
  const options = { cwd: ROOT, env: /** @type {NodeJS.ProcessEnv} */ (env) };

  await timed('应用数据库迁移', 'Applying database migrations (prisma migrate deploy)', () =>
    supervisor.run('prisma migrate deploy', node, [path.join(ROOT, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], options),
  );

  const build = buildDecision(ROOT);
  if (build.needed) {
    await timed(`构建应用（${build.zh}）`, `Building the app: ${build.en}`, () => supervisor.run('npm run build', ...npm(['run', 'build']), options));
    recordBuildInputs(ROOT);
  } else {
    say('跳过构建（已是最新）', 'Skipping the build: it is up to date');
  }

  if (flags['no-seed']) {
    say('跳过演示数据（--no-seed）', 'Skipping demo data (--no-seed)');
  } else {
    const seed = path.join(ROOT, 'prisma', 'seed.ts');
    if (!fs.existsSync(seed)) throw new Error('prisma/seed.ts is missing (演示数据脚本缺失); run with --no-seed to start without demo data');
    await timed('加载演示数据（已存在则跳过）', 'Loading demo data (skipped when present)', () =>
      supervisor.run('seed', node, ['--conditions=react-server', '--import', 'tsx', seed], options),
    );
  }

  // Public pages are cached on disk by Next (docs/decisions/0005); a cache rendered from another
  // database or before this seed would be served for up to ten minutes. Start with none: pages
  // re-render on their first visit.
  fs.rmSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'server', 'route-cache'), { recursive: true, force: true });

  await timed(`启动网站（端口 ${webPort}）`, `Starting the web server on port ${webPort}`, async () => {
    const exitWithParent = path.join(ROOT, 'scripts/lib/exit-with-parent.mjs');
    supervisor.service(
      'next start',
      node,
      ['--import', pathToFileURL(exitWithParent).href, path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '--port', String(webPort)],
      { ...options, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    await waitForPort(webPort, { host: 'localhost', isAborted: () => supervisor.stopping });
  });

  printBanner({
    root: ROOT,
    url: `http://localhost:${webPort}`,
    database: database.label,
    showAccounts: !flags['no-seed'],
  });
}

/** @returns {Promise<{ url: string, label: string, embedded: boolean }>} */
async function chooseDatabase() {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    say('使用 DATABASE_URL 指定的数据库', `Using the database in DATABASE_URL: ${redactUrl(url)}`);
    return { url, label: `PostgreSQL ${redactUrl(url)}`, embedded: false };
  }
  const db = await timed('未设置 DATABASE_URL，启动内置数据库 PGlite', `DATABASE_URL is unset: starting the embedded PGlite database`, () =>
    startEmbeddedDb({ root: ROOT, dataDir: PGLITE_DIR, supervisor }),
  );
  const where = path.relative(ROOT, PGLITE_DIR);
  return { url: db.url, label: `PGlite (内置 embedded, ${where}) ${db.url}`, embedded: true };
}

/**
 * How to call npm: through the npm that runs `npm start` when there is one (its CLI file is in
 * npm_execpath), so the same npm version builds the app; else whatever `npm` is on PATH.
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function npm(args) {
  const cli = process.env.npm_execpath;
  if (cli && /\.[cm]?js$/.test(cli)) return [node, [cli, ...args]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
}
