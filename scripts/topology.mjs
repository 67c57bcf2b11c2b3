#!/usr/bin/env node
// `npm run topology`: the production topology on one machine (ADR 0031).
//
//   N app instances (`next start` on the production build, default 2) on one PostgreSQL
//   (DATABASE_URL, required: the embedded PGlite serves one connection at a time), one shared
//   object store (S3 when S3_ENDPOINT/S3_BUCKET are set, else one folder, STORAGE_DIR, for all),
//   and nginx (Debian's package, installed when missing) in front with a micro-cache of public
//   pages. Route-cache invalidations travel between the instances by PostgreSQL NOTIFY (ADR 0030).
//
// Flags: --instances N (default 2), --port P (the proxy, default 8080; instances on P+1…P+N),
//        --no-seed (no demo data), --help. `npm start` (one instance, no proxy) is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { loadOrCreateAuthSecret, loadOrCreateRecordMacKey } from './lib/auth-secret.mjs';
import { buildDecision, recordBuildInputs } from './lib/freshness.mjs';
import { fail, redactUrl, say, timed } from './lib/say.mjs';
import { createSupervisor } from './lib/supervisor.mjs';
import { startTopology } from './lib/topology.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, '.data');
const node = process.execPath;

const { values: flags } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    port: { type: 'string', default: '8080' },
    'no-seed': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
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
dotenv.config({ path: path.join(ROOT, '.env'), quiet: true });

const supervisor = createSupervisor();
supervisor.done.then((code) => process.exit(code));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => void supervisor.stop(0));
supervisor.onServiceDeath(({ name, code, signal }) => {
  fail(`${name} 意外退出，正在停止其他进程`, `${name} exited unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest`);
  void supervisor.stop(1);
});

try {
  await main();
} catch (error) {
  if (!supervisor.stopping) fail('启动失败', `Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await supervisor.stop(1);
}

async function main() {
  const count = Number(flags.instances);
  const proxyPort = Number(flags.port);
  if (!Number.isInteger(count) || count < 1 || count > 16) throw new Error('--instances must be 1–16');
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL must name a PostgreSQL database (拓扑需要 PostgreSQL)');
  const auth = process.env.AUTH_SECRET ? null : loadOrCreateAuthSecret(DATA);
  const recordKey = process.env.RECORD_MAC_KEY ? null : loadOrCreateRecordMacKey(DATA);
  const publicUrl = process.env.PUBLIC_SITE_URL ?? `http://localhost:${proxyPort}`;
  const env = {
    ...process.env,
    ...(auth ? { AUTH_SECRET: auth.secret } : {}),
    ...(recordKey ? { RECORD_MAC_KEY: recordKey.secret } : {}),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    // nginx appends the visitor's address to X-Forwarded-For: one trusted hop (ADR 0018).
    AUTH_TRUSTED_PROXY_HOPS: process.env.AUTH_TRUSTED_PROXY_HOPS ?? '1',
    PUBLIC_SITE_URL: publicUrl,
    // One folder for every instance unless S3 is configured (lib/storage).
    STORAGE_DIR: path.resolve(ROOT, process.env.STORAGE_DIR ?? '.data/storage'),
    NEXT_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
  };
  say('使用 DATABASE_URL 指定的数据库', `Database: ${redactUrl(process.env.DATABASE_URL)}`);
  const options = { cwd: ROOT, env };
  await timed('应用数据库迁移', 'Applying database migrations', () =>
    supervisor.run('prisma migrate deploy', node, [path.join(ROOT, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], options),
  );
  const build = buildDecision(ROOT);
  if (build.needed) {
    await timed(`构建应用（${build.zh}）`, `Building the app: ${build.en}`, () => supervisor.run('npm run build', 'npm', ['run', 'build'], options));
    recordBuildInputs(ROOT);
  }
  if (!flags['no-seed']) {
    await timed('加载演示数据（已存在则跳过）', 'Loading demo data (skipped when present)', () =>
      supervisor.run('seed', node, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'prisma/seed.ts')], options),
    );
  }
  // The instances share the build folder and its route cache; start with none (as npm start does).
  fs.rmSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'server', 'route-cache'), { recursive: true, force: true });
  const instancePorts = Array.from({ length: count }, (_, i) => proxyPort + 1 + i);
  const topology = await timed(`启动 ${count} 个应用实例和 nginx`, `Starting ${count} app instances and nginx`, () =>
    startTopology({ root: ROOT, supervisor, env, proxyPort, instancePorts }),
  );
  say(`门户已启动：${publicUrl}`, `Portal: ${publicUrl} (nginx :${proxyPort} → ${topology.instanceUrls.join(', ')}; config in ${topology.confDir})`);
}
