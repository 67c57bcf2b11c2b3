import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { getDb } from '@/lib/db';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';
import { makeUser } from '../factories/users';

// Superuser access to the same database, to play the attacker who edits rows behind the app's back.
async function asOwner<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function asApp<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  for (let i = 0; i < 3; i += 1) await makeUser(getDb(), { roles: ['EDITOR'] });
});

describe('audit log', () => {
  it('chains every row to its predecessor, and the verifier finds it intact', async () => {
    const report = await verifyAuditChain(getDb());
    expect(report.firstBreak).toBeNull();
    expect(report.checked).toBe(await getDb().auditEvent.count());
    expect(report.checked).toBeGreaterThanOrEqual(4);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 6 }, () => makeUser(getDb(), { roles: ['OFFICER'] })));
    expect((await verifyAuditChain(getDb())).firstBreak).toBeNull();
  });

  it('refuses UPDATE and DELETE from the portal role', async () => {
    await asApp(async (client) => {
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`UPDATE "AuditChainHead" SET "lastHash" = ''`)).rejects.toThrow(/permission denied/);
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE even from a superuser (trigger)', async () => {
    await asOwner(async (client) => {
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    });
  });

  it('does not let the writer choose the time or the hash', async () => {
    await asApp((client) =>
      client.query(
        `INSERT INTO "AuditEvent" ("actorId","action","entityType","entityId","occurredAt","prevHash","hash")
         VALUES (NULL, 'forged', 'X', '1', '2000-01-01', 'abc', 'def')`,
      ),
    );
    const row = await getDb().auditEvent.findFirstOrThrow({ where: { action: 'forged' } });
    expect(row.occurredAt.getUTCFullYear()).toBeGreaterThan(2020);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    // The chain holds, but the row was not written through the application: it carries no seal.
    expect((await verifyAuditChain(getDb())).firstBreak).toMatchObject({ id: row.id, problem: 'unsigned' });
  });

  it('reports the first edited row (content-changed), when the trigger is bypassed', async () => {
    const target = await getDb().auditEvent.findFirstOrThrow({ where: { action: 'user.create' }, orderBy: { id: 'asc' } });
    await asOwner(async (client) => {
      await client.query('BEGIN');
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete`);
      await client.query(`UPDATE "AuditEvent" SET after = '{"email":"someone-else@test.local"}' WHERE id = $1`, [target.id]);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete`);
      await client.query('COMMIT');
    });
    const report = await verifyAuditChain(getDb());
    expect(report.firstBreak).toMatchObject({ id: target.id, problem: 'content-changed' });

    // The command-line verifier says the same and exits non-zero.
    const cli = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/verify-audit.ts'], {
      env: process.env,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain(`audit chain broken at id ${target.id}: content-changed`);
  });

  it('reports a deleted row as a broken link at its successor (before the later edit)', async () => {
    const [first, second] = await getDb().auditEvent.findMany({ orderBy: { id: 'asc' }, take: 2 });
    if (!first || !second) throw new Error('expected at least two audit rows');
    await asOwner(async (client) => {
      await client.query('BEGIN');
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete`);
      await client.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [first.id]);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete`);
      await client.query('COMMIT');
    });
    const report = await verifyAuditChain(getDb());
    expect(report.firstBreak).toMatchObject({ id: second.id, problem: 'link-broken' });
    expect(report.checked).toBe(0);
  });
});
