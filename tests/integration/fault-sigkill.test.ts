import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';
import { ensureAdmin } from '../factories/users';
import { adminQuery } from '../setup/pg-admin';

// Issue 17: an app process killed with SIGKILL in the middle of a multi-row service call leaves
// nothing half-written: the open transaction dies with its connection and PostgreSQL rolls it back.
const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);

async function counts() {
  const db = getDb();
  return { officers: await db.officer.count(), certificates: await db.certificate.count(), audit: await db.auditEvent.count() };
}

/** Backends of the child's pool in this database that are inside a transaction that has written. */
async function writingBackends(): Promise<number> {
  const { rows } = await adminQuery(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${database}' AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`);
  return rows[0].n as number;
}

describe('SIGKILL during a multi-row service call', () => {
  it('leaves no officer, certificate or audit row of the interrupted import, and the audit chain intact', async () => {
    await ensureAdmin(getDb()); // before counting: the child must only import
    const before = await counts();
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/integration/fixtures/import-officers-child.ts', '400'], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));

    // Wait until the import's transaction has written rows, then kill the process outright.
    const deadline = Date.now() + 60_000;
    while (!output.includes('started') || (await writingBackends()) === 0) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the import never started writing:\n${output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).toContain('started');
    expect(output).not.toContain('committed');

    // PostgreSQL notices the dead connection and rolls its transaction back.
    const settled = Date.now() + 30_000;
    while ((await writingBackends()) > 0) {
      if (Date.now() > settled) throw new Error('the killed process still holds a transaction');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await counts()).toEqual(before);
    const chain = await verifyAuditChain(getDb());
    expect(chain.firstBreak).toBeNull();
    expect(chain.checked).toBe(before.audit);
  });
});
