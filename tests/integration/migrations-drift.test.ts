import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_URL, adminQuery, databaseUrl } from '../setup/pg-admin';

// prisma/migrations must build exactly the database prisma/schema.prisma describes: a schema change
// without its migration (or a hand-edited migration that drifts) fails here, not in production.
// Replaying the migrations needs a shadow database; this test brings its own scratch one.

const repo = fileURLToPath(new URL('../..', import.meta.url));
const shadow = `prisma_drift_shadow_${process.pid}_${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE "${shadow}"`);
});

afterAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
});

describe('migrations', () => {
  it('prisma/migrations match prisma/schema.prisma', async () => {
    const args = ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'];
    // prisma.config.ts picks the schema engine. The main database is only connected to, never changed.
    const child = spawn(process.execPath, ['node_modules/prisma/build/index.js', ...args], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: ADMIN_URL, SHADOW_DATABASE_URL: databaseUrl({ database: shadow }), PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    // Exit code 2 means a difference: run `npx prisma migrate dev --name <change>` and commit the migration.
    expect(code, `prisma ${args.join(' ')}\n${output}`).toBe(0);
    expect(output).toContain('No difference detected.');
  });
});
