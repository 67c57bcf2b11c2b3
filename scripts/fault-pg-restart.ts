// `npm run fault:pg-restart`: restarts the machine's PostgreSQL (pg_ctlcluster 15 main restart)
// during a write load through the portal's own database layer and services, then checks that
// every write the portal acknowledged is in the database and that it recovered by itself within
// 5 s (issue 17). NOT part of `npm test`: it restarts the shared cluster every other test uses.
// Scratch database portal_fault_<pid>, dropped at the end. Exit 1 on a lost write or slow recovery.
import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';

const cluster = (process.env.PG_CLUSTER ?? '15 main').split(' ');
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = `portal_fault_${process.pid}`;
const url = (user?: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  if (user) [u.username, u.password] = [user, ''];
  return u.toString();
};
async function admin(sql: string) {
  for (let attempt = 0; ; attempt += 1) {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.query(sql);
      return;
    } catch (error) {
      if (attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await client.end().catch(() => {});
    }
  }
}
const t0 = performance.now();
const at = () => Math.round(performance.now() - t0);

await admin(`CREATE DATABASE "${database}"`);
let exitCode = 0;
try {
  const migrate = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url() }, encoding: 'utf8' });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  process.env.DATABASE_URL = url();
  process.env.APP_DATABASE_URL = url('portal_app');
  process.env.RECORD_MAC_KEY ??= 'fault-test-record-mac-key-0123456789abcdef';
  const { getDb, disconnectDb } = await import('@/lib/db');
  const { bootstrapAdmin } = await import('@/lib/services/users/bootstrap-admin');
  const { createOfficer } = await import('@/lib/services/officers/create-officer');
  const { verifyAuditChain } = await import('@/lib/queries/audit/verify-audit-chain');
  const db = getDb();
  const actor = await bootstrapAdmin(db, { email: 'fault@test.local', name: '故障测试', password: 'Fault-test-2026' });

  const acknowledged: string[] = [];
  const errors: number[] = [];
  let attempts = 0;
  let running = true;
  let n = 0;
  async function worker() {
    while (running) {
      const name = `故障测试${(n += 1)}`;
      attempts += 1;
      try {
        const officer = await createOfficer(db, actor, { name, unit: '市中区民政局', isLegalStaff: false, legalQualificationNo: null, userId: null });
        acknowledged.push(officer.id);
      } catch {
        errors.push(at());
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  const workers = Array.from({ length: 4 }, worker);
  await new Promise((r) => setTimeout(r, 3_000));
  const restartStart = at();
  // Asynchronously: the write load keeps running (and meeting errors) while the cluster is down.
  const restart = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn('pg_ctlcluster', [...cluster, 'restart'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (status) => resolve({ status, stderr }));
  });
  const restartEnd = at();
  if (restart.status !== 0) throw new Error(`pg_ctlcluster restart failed: ${restart.stderr}`);
  const ackedBeforeUp = acknowledged.length;
  // Recovered: the first acknowledged write after PostgreSQL is back.
  let recoveredAt: number | null = null;
  while (at() < restartEnd + 10_000) {
    if (recoveredAt === null && acknowledged.length > ackedBeforeUp) recoveredAt = at();
    await new Promise((r) => setTimeout(r, 20));
  }
  running = false;
  await Promise.all(workers);

  const stored = new Set((await db.officer.findMany({ select: { id: true } })).map((o) => o.id));
  const lost = acknowledged.filter((id) => !stored.has(id));
  const chain = await verifyAuditChain(db);
  await disconnectDb();
  const recovery = recoveredAt === null ? null : recoveredAt - restartEnd;
  console.log(
    `writes attempted ${attempts}, acknowledged ${acknowledged.length}, refused with an error ${errors.length} (between ${errors[0] ?? '-'} and ${errors.at(-1) ?? '-'} ms)`,
  );
  console.log(
    `pg_ctlcluster ${cluster.join(' ')} restart: ${restartStart}–${restartEnd} ms; first acknowledged write after it: ${recovery === null ? 'never' : `${recovery} ms`} later`,
  );
  console.log(
    `acknowledged writes missing from the database: ${lost.length}; stored but unacknowledged: ${stored.size - acknowledged.length + lost.length}; audit chain ${chain.firstBreak ? `BROKEN at ${chain.firstBreak.id}` : `intact (${chain.checked} rows)`}`,
  );
  if (lost.length > 0 || recovery === null || recovery > 5_000 || chain.firstBreak) exitCode = 1;
} finally {
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}
console.log(exitCode === 0 ? 'PASS' : 'FAIL');
process.exit(exitCode);
