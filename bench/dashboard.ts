// Run in a child process with the react-server condition (the registry is server-only):
//   node --conditions=react-server --import tsx bench/dashboard.ts <adminUrl> <rows>
// The dashboard's aggregate queries for one year over N enforcement cases (default 1M, generated
// with generate_series in a scratch database), each run through the app's path (Prisma client +
// pg adapter, lib/queries/metrics) and the same SQL through a bare pg client, side by side.
//   npm run bench -- --only dashboard [--case-rows 1000000]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { METRICS } from '@/lib/queries/metrics/registry';
import { metricValueSql } from '@/lib/queries/metrics/sql-metric';
import type { Db } from '@/lib/db';

const YEAR = 2021;
const ROUNDS = 7;

export type DashboardBenchRow = { key: string; value: number; appMs: number; pgMs: number };

async function generateCases(client: pg.Client, rows: number) {
  // Five years of cases, ~rows/5 a year; a share decided, closed without penalty, heard, major.
  // Synthetic rows written by the owner, not through the services: the database's rules for real
  // cases (a major decision needs an approved review, migration 20261205020000) are off for them.
  await client.query(`SET session_replication_role = replica`);
  await client.query(`
    INSERT INTO "EnforcementCase" ("id", "caseNumber", "type", "procedure", "title", "state", "filedOn", "decidedOn", "closedOn",
                                   "noPenaltyReason", "hearingHeldOn", "isMajor", "revokedOn", "createdById", "updatedAt")
    SELECT 'bench-' || g, 'BENCH-' || g,
           (ARRAY['ADMIN_INSPECTION','PENALTY','COERCIVE_MEASURE','ILLEGAL_SOCIAL_ORG_BAN','ASSISTANCE_HOUSEHOLD_SURVEY',
                  'ECONOMIC_STATUS_VERIFICATION','VAGRANT_RESCUE','FUNERAL_REFORM_INSPECTION','ELDERLY_CARE_SUPERVISION'])[1 + g % 9]::"CaseType",
           CASE WHEN g % 10 = 0 THEN 'SUMMARY' ELSE 'GENERAL' END::"CaseProcedure",
           '案件 ' || g, 'CLOSED', f, CASE WHEN g % 3 = 0 THEN f + (g % 120) END, CASE WHEN g % 4 = 0 THEN f + 100 END,
           CASE WHEN g % 17 = 0 THEN '首违不罚' END, CASE WHEN g % 50 = 0 THEN f + 30 END, g % 40 = 0,
           CASE WHEN g % 997 = 0 THEN f + 150 END, 'bench', now()
      FROM generate_series(1, ${rows}) AS g, LATERAL (SELECT DATE '2019-01-01' + (g % 1826) AS f) AS d`);
  await client.query(`SET session_replication_role = DEFAULT`);
  await client.query('VACUUM ANALYZE "EnforcementCase"');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  await run();
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function runDashboardBench(options: { adminUrl: string; rows: number; log: (message: string) => void; root: string }): Promise<DashboardBenchRow[]> {
  const database = `dash_bench_${process.pid}`;
  const url = new URL(options.adminUrl);
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  url.pathname = `/${database}`;
  const appUrl = new URL(url);
  [appUrl.username, appUrl.password] = ['portal_app', ''];
  let prisma: PrismaClient | undefined;
  try {
    const migrate = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], {
      cwd: options.root,
      env: { ...process.env, DATABASE_URL: url.toString() },
      encoding: 'utf8',
    });
    if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
    const owner = new pg.Client({ connectionString: url.toString() });
    owner.on('error', () => {}); // dropped with the database on failure
    await owner.connect();
    options.log(`dashboard: generating ${options.rows.toLocaleString()} enforcement cases`);
    await generateCases(owner, options.rows);
    await owner.end();

    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: appUrl.toString(), max: 1 }) });
    const bare = new pg.Client({ connectionString: appUrl.toString() });
    bare.on('error', () => {});
    await bare.connect();
    const keys = Object.keys(METRICS).filter((key) => key.startsWith('cases.'));
    const results: DashboardBenchRow[] = [];
    for (const key of keys) {
      const def = METRICS[key]!;
      const sql = metricValueSql(key, YEAR);
      const value = await def.value(prisma as unknown as Db, YEAR);
      const direct = (await bare.query<{ value: number }>(sql.text, sql.values as unknown[])).rows[0]?.value;
      if (direct !== value) throw new Error(`${key}: app ${value} ≠ pg ${direct}`);
      const appMs = await time(() => def.value(prisma as unknown as Db, YEAR));
      const pgMs = await time(() => bare.query(sql.text, sql.values as unknown[]));
      results.push({ key, value, appMs, pgMs });
      options.log(`dashboard ${key}: ${value.toLocaleString()} — app ${appMs.toFixed(1)} ms, pg ${pgMs.toFixed(1)} ms`);
    }
    await bare.end();
    return results;
  } finally {
    await prisma?.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

export function printDashboardTable(rows: DashboardBenchRow[], caseRows: number) {
  console.log(`\n## Dashboard aggregates for ${YEAR} over ${caseRows.toLocaleString()} enforcement cases (median of ${ROUNDS})\n`);
  console.log('| metric | value | app (Prisma) ms | pg direct ms | ratio |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.key} | ${r.value.toLocaleString()} | ${r.appMs.toFixed(1)} | ${r.pgMs.toFixed(1)} | ${(r.appMs / r.pgMs).toFixed(2)} |`);
  const total = (f: (r: DashboardBenchRow) => number) => rows.reduce((a, r) => a + f(r), 0);
  console.log(
    `| **all case metrics** | | ${total((r) => r.appMs).toFixed(1)} | ${total((r) => r.pgMs).toFixed(1)} | ${(total((r) => r.appMs) / total((r) => r.pgMs)).toFixed(2)} |`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [adminUrl, rowsArg] = process.argv.slice(2);
  const rows = Number(rowsArg ?? 1_000_000);
  const started = performance.now();
  const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    printDashboardTable(await runDashboardBench({ adminUrl: adminUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres', rows, log, root }), rows);
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  }
}
