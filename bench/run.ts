// `npm run bench`: the public list and search pages of the portal (Next.js, production build)
// against a floor (node:http + pg, HTML from strings, same rows, same SQL), with 100k published
// disclosures in a scratch database, plus the database time of two-character searches.
//
//   npm run bench -- [--rows 100000] [--seconds 10] [--warmup 3] [--connections 50] [--rounds 1]
//                    [--port 3250] [--floor-port 3251] [--rebuild] [--keep-db]
//
// Steps: scratch database (migrate deploy, bulk load), build into .next-bench when stale, start
// both servers on loopback, warm up, load each page for a fixed time (wrk, or a built-in loop),
// print the table; then stop the servers and drop the database, also on Ctrl-C or failure.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureBuild, DIST_DIR } from './build';
import { loadDisclosures, verifyLoadedRows } from './dataset';
import { searchDbTime, type DbTime } from './db-time';
import { hasWrk, runLoad, type LoadResult } from './load';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '1' },
    port: { type: 'string', default: '3250' },
    'floor-port': { type: 'string', default: '3251' },
    rebuild: { type: 'boolean', default: false },
    'keep-db': { type: 'boolean', default: false },
    // `--only dashboard`: just the dashboard's aggregate queries (bench/dashboard.ts).
    only: { type: 'string' },
    'case-rows': { type: 'string', default: '1000000' },
  },
});
const rows = Number(flags.rows);
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = `pub_bench_${process.pid}`;
const dbUrl = (user?: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  if (user) [url.username, url.password] = [user, ''];
  return url.toString();
};

const children: ChildProcess[] = [];
let databaseCreated = false;
const started = performance.now();
const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let stopping = false;
async function cleanup() {
  stopping = true;
  for (const child of children) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // the server's own process group
      } catch {}
    }
  }
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  if (databaseCreated && !flags['keep-db']) await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`${name} exited early (${signal ?? `exit code ${code}`}):\n${output.join('').slice(-2000)}`);
  });
  children.push(child);
  return child;
}

// One request on a fresh connection (a pooled keep-alive socket may just have been closed by the
// server's idle timeout). Resolves with the status and the x-nextjs-cache header.
function get(url: string): Promise<{ status: number; cache: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: String(res.headers['x-nextjs-cache'] ?? 'none') }));
      })
      .on('error', reject);
  });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await get(url)).status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  // The process and its descendants (next start runs the server in a child on some versions).
  const out = spawnSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)], { encoding: 'utf8' }).stdout;
  return (
    out
      .split('\n')
      .filter(Boolean)
      .reduce((a, b) => a + Number(b), 0) / 1024
  );
}

// The dashboard's aggregates (bench/dashboard.ts) import server-only modules: a child process
// with the react-server condition runs them.
async function dashboardSection() {
  const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'bench/dashboard.ts', adminUrl, String(flags['case-rows'])], {
    cwd: root,
    stdio: 'inherit',
  });
  if (child.status !== 0) throw new Error(`dashboard bench failed (exit ${child.status})`);
}

async function main() {
  if (flags.only === 'dashboard') return dashboardSection();
  if (flags.only && flags.only !== 'topology') throw new Error(`--only ${flags.only}: expected dashboard or topology`);
  log(`scratch database ${database}: migrate, load ${rows.toLocaleString()} published disclosures`);
  await admin(`CREATE DATABASE "${database}"`);
  databaseCreated = true;
  const migrate = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl() },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  await loadDisclosures(dbUrl(), { count: rows, unpublished: Math.round(rows / 50) });
  const owner = new pg.Client({ connectionString: dbUrl() });
  owner.on('error', () => {}); // dropped with the database on failure
  await owner.connect();
  await verifyLoadedRows(owner);
  await owner.query('VACUUM ANALYZE "Disclosure"');
  log('loaded and checked against the trigger; building if stale');
  try {
    log(await ensureBuild(root, { force: flags.rebuild }));
  } catch (error) {
    await owner.end();
    throw error;
  }
  // Pages cached by an earlier run came from another database.
  fs.rmSync(path.join(root, DIST_DIR, 'server', 'route-cache'), { recursive: true, force: true });

  if (flags.only === 'topology') {
    const { rows: published } = await owner.query<{ id: string }>(`SELECT id FROM "Disclosure" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1 OFFSET 500`);
    await owner.end();
    return topologySection(published[0]!.id);
  }
  log('database time of two-character searches (EXPLAIN ANALYZE, best of 7)');
  const dbTimes: DbTime[] = [];
  for (const term of ['适老', '公墓', '殡葬', '养老', '民政']) dbTimes.push(await searchDbTime(owner, term));
  await owner.end();

  const nextPort = Number(flags.port);
  const floorPort = Number(flags['floor-port']);
  const next = start('next', ['node_modules/next/dist/bin/next', 'start', '-p', String(nextPort), '-H', '127.0.0.1'], {
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: dbUrl(),
    APP_DATABASE_URL: dbUrl('portal_app'),
    AUTH_SECRET: 'bench-only-secret-0123456789abcdef',
    NEXT_TELEMETRY_DISABLED: '1',
  });
  const floor = start('floor', ['--import', 'tsx', 'bench/floor.ts', String(floorPort), dbUrl('portal_app')], {});
  await Promise.all([waitFor(`http://127.0.0.1:${nextPort}/guide`), waitFor(`http://127.0.0.1:${floorPort}/list/notices`)]);

  const pages = [
    { name: 'list', path: '/list/work-news/all/3' },
    { name: 'search', path: `/search?q=${encodeURIComponent('养老')}` },
  ];
  const servers = [
    { name: 'next', port: nextPort },
    { name: 'floor', port: floorPort },
  ];
  const results: { page: string; server: string; result: LoadResult }[] = [];
  log(
    `load average before the load runs: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
  log(`load: ${hasWrk() ? 'wrk -t2' : 'built-in loop'}, ${connections} connections, ${seconds}s per run after ${flags.warmup}s warm-up, ${flags.rounds} round(s)`);
  for (let round = 0; round < Number(flags.rounds); round += 1) {
    for (const page of pages) {
      for (const server of servers) {
        const url = `http://127.0.0.1:${server.port}${page.path}`;
        const check = await get(url);
        if (check.status !== 200) throw new Error(`${url} answered ${check.status}`);
        await runLoad(url, { seconds: Number(flags.warmup), connections });
        const result = await runLoad(url, { seconds, connections });
        results.push({ page: page.name, server: server.name, result });
        log(`${page.name.padEnd(6)} ${server.name.padEnd(5)} ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`);
      }
    }
  }
  const rss = { next: rssMb(next.pid), floor: rssMb(floor.pid) };
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const listCache = (await get(`http://127.0.0.1:${nextPort}${pages[0]!.path}`)).cache;

  console.log('\n## Throughput and latency (loopback, same machine)\n');
  console.log('| page | server | req/s | p50 ms | p99 ms | errors | vs floor |');
  console.log('|---|---|---|---|---|---|---|');
  for (const page of pages) {
    const avg = (server: string) => {
      const runs = results.filter((r) => r.page === page.name && r.server === server).map((r) => r.result);
      const mean = (f: (r: LoadResult) => number) => runs.reduce((a, r) => a + f(r), 0) / runs.length;
      return { rps: mean((r) => r.rps), p50: mean((r) => r.p50), p99: mean((r) => r.p99), errors: runs.reduce((a, r) => a + r.errors + r.non2xx, 0) };
    };
    const floorRow = avg('floor');
    for (const server of servers) {
      const row = avg(server.name);
      const ratio = server.name === 'floor' ? '1' : (row.rps / floorRow.rps).toFixed(2);
      console.log(`| ${page.name} \`${page.path}\` | ${server.name} | ${row.rps.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.errors} | ${ratio} |`);
    }
  }
  console.log(`\nMachine: ${os.cpus().length} cores, load average (1/5/15 min) at the end ${load}; Node ${process.version}.`);
  console.log(`RSS after load: next ${rss.next.toFixed(0)} MB, floor ${rss.floor.toFixed(0)} MB. List page served from Next's route cache: x-nextjs-cache=${listCache}.`);
  console.log('\n## Database time of a two-character search (EXPLAIN ANALYZE, best of 7, 100k published rows)\n');
  console.log('| term | matching rows | strategy | statement ms | + estimate ms |');
  console.log('|---|---|---|---|---|');
  for (const t of dbTimes) console.log(`| ${t.term} | ${t.matches.toLocaleString()} | ${t.strategy} | ${t.ms.toFixed(2)} | ${t.estimateMs.toFixed(2)} |`);
  if (process.env.BENCH_PLANS) for (const t of dbTimes) console.log(`\n${t.term}:\n${t.plan}`);
  await dashboardSection();
  log('done');
}

// `--only topology` (issue 17, ADR 0031): side by side in one run, on the same database and build,
// the floor, one app instance, and the topology (nginx with its micro-cache in front of two
// instances, scripts/lib/topology.mjs) on the list, detail, home and search pages. Ports: one
// instance --port (default 3280), floor +1, proxy +2, the topology's instances +3 and +4.
async function topologySection(detailId: string) {
  const base = flags.port === '3250' ? 3280 : Number(flags.port);
  const [onePort, floorPort, proxyPort] = [base, base + 1, base + 2];
  const env = {
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: dbUrl(),
    APP_DATABASE_URL: dbUrl('portal_app'),
    AUTH_SECRET: 'bench-only-secret-0123456789abcdef',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const one = start('one instance', ['node_modules/next/dist/bin/next', 'start', '-p', String(onePort), '-H', '127.0.0.1'], env);
  const floor = start('floor', ['--import', 'tsx', 'bench/floor.ts', String(floorPort), dbUrl('portal_app')], {});
  const { createSupervisor } = await import('../scripts/lib/supervisor.mjs');
  const { startTopology } = await import('../scripts/lib/topology.mjs');
  const supervisor = createSupervisor();
  supervisor.onServiceDeath(({ name, code, signal }) => {
    if (!stopping) console.error(`${name} exited early (${signal ?? `exit code ${code}`})`);
  });
  try {
    const topology = await startTopology({
      root,
      supervisor,
      env: { ...process.env, ...env, AUTH_TRUST_HOST: 'true', AUTH_TRUSTED_PROXY_HOPS: '1' },
      proxyPort,
      instancePorts: [base + 3, base + 4],
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await Promise.all([waitFor(`http://127.0.0.1:${onePort}/guide`), waitFor(`http://127.0.0.1:${floorPort}/list/notices`), waitFor(`${topology.proxyUrl}/guide`)]);
    const pages = [
      { name: 'list', path: '/list/work-news/all/3' },
      { name: 'detail', path: `/disclosures/${detailId}` },
      { name: 'home', path: '/' },
      { name: 'search', path: `/search?q=${encodeURIComponent('养老')}` },
    ];
    const servers = [
      { name: 'topology', url: topology.proxyUrl! },
      { name: 'one instance', url: `http://127.0.0.1:${onePort}` },
      { name: 'floor', url: `http://127.0.0.1:${floorPort}` },
    ];
    log(
      `load average before the load runs: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    );
    log(`load: ${hasWrk() ? 'wrk -t2' : 'built-in loop'}, ${connections} connections, ${seconds}s per run after ${flags.warmup}s warm-up, ${flags.rounds} round(s)`);
    const results: { page: string; server: string; result: LoadResult }[] = [];
    for (let round = 0; round < Number(flags.rounds); round += 1) {
      for (const page of pages) {
        for (const server of servers) {
          const url = `${server.url}${page.path}`;
          const check = await get(url);
          if (check.status !== 200) throw new Error(`${url} answered ${check.status}`);
          await runLoad(url, { seconds: Number(flags.warmup), connections });
          const result = await runLoad(url, { seconds, connections });
          results.push({ page: page.name, server: server.name, result });
          log(
            `${page.name.padEnd(6)} ${server.name.padEnd(12)} ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors + result.non2xx}`,
          );
        }
      }
    }
    const mean = (page: string, server: string, f: (r: LoadResult) => number) => {
      const runs = results.filter((r) => r.page === page && r.server === server).map((r) => r.result);
      return runs.reduce((a, r) => a + f(r), 0) / runs.length;
    };
    console.log('\n## Topology: nginx micro-cache + 2 instances, one instance, floor (loopback, same machine, same run)\n');
    console.log('| page | server | req/s | p50 ms | p99 ms | errors |');
    console.log('|---|---|---|---|---|---|');
    for (const page of pages) {
      for (const server of servers) {
        const errors = results.filter((r) => r.page === page.name && r.server === server.name).reduce((a, r) => a + r.result.errors + r.result.non2xx, 0);
        console.log(
          `| ${page.name} | ${server.name} | ${mean(page.name, server.name, (r) => r.rps).toFixed(0)} | ${mean(page.name, server.name, (r) => r.p50).toFixed(1)} | ${mean(page.name, server.name, (r) => r.p99).toFixed(1)} | ${errors} |`,
        );
      }
    }
    console.log(
      `\nMachine: ${os.cpus().length} cores, load average (1/5/15 min) at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}; Node ${process.version}.`,
    );
    console.log(
      `RSS after load: one instance ${rssMb(one.pid).toFixed(0)} MB, floor ${rssMb(floor.pid).toFixed(0)} MB, topology instances ${topology.instances.map((c) => rssMb(c.pid).toFixed(0)).join(' + ')} MB.\n`,
    );
    for (const page of pages) {
      const [t, o, f] = ['topology', 'one instance', 'floor'].map((s) => mean(page.name, s, (r) => r.rps)) as [number, number, number];
      console.log(`${page.name}: topology ${t.toFixed(0)} req/s, one instance ${o.toFixed(0)} req/s, floor ${f.toFixed(0)} req/s, ratio ${(t / f).toFixed(2)}×`);
    }
  } finally {
    await supervisor.stop(0);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
