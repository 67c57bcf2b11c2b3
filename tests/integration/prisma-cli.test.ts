import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminQuery, databaseUrl } from '../setup/pg-admin';

// The real Prisma CLI against real PostgreSQL, through the offline schema-engine stand-in
// (scripts/prisma-engine, docs/decisions/0002-offline-prisma-schema-engine.md). Each CLI call takes
// 1.5-3 s, so the steps build on each other and run in order.

const repo = fileURLToPath(new URL('../..', import.meta.url));
const engine = path.join(repo, 'scripts/prisma-engine/schema-engine.mjs');
const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
const db = { dev: `prisma_cli_dev_${suffix}`, deploy: `prisma_cli_deploy_${suffix}`, shadow: `prisma_cli_shadow_${suffix}` };
let dir = '';

type Run = { code: number | null; stdout: string; output: string };

/** Runs the Prisma CLI in `cwd` with exactly the given database URLs (nothing inherited). */
function prisma(args: string[], urls: { url: string; shadow?: string }, cwd = dir): Promise<Run> {
  const { DATABASE_URL, SHADOW_DATABASE_URL, PRISMA_NATIVE_ENGINE, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(repo, 'node_modules/prisma/build/index.js'), ...args], {
    cwd,
    env: {
      ...env,
      PRISMA_SCHEMA_ENGINE_BINARY: engine,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      DATABASE_URL: urls.url,
      ...(urls.shadow ? { SHADOW_DATABASE_URL: urls.shadow } : {}),
    },
  });
  let stdout = '';
  let output = '';
  child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, output }));
  });
}

const tables = async (database: string) => (await adminQuery(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`, database)).rows.map((r) => r.tablename);
const migrationNames = async () => (await readdir(path.join(dir, 'migrations'))).filter((name) => name !== 'migration_lock.toml').sort();

const dev = { url: databaseUrl({ database: db.dev }) };
const withShadow = { ...dev, shadow: databaseUrl({ database: db.shadow }) };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'prisma-cli-'));
  await writeFile(
    path.join(dir, 'schema.prisma'),
    'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n',
  );
  // A plain-object config (the temp directory cannot resolve `prisma/config`).
  await writeFile(
    path.join(dir, 'prisma.config.mjs'),
    `export default {
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: process.env.SHADOW_DATABASE_URL
    ? { url: process.env.DATABASE_URL, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL }
    : { url: process.env.DATABASE_URL },
};
`,
  );
  // A configured shadow database with leftovers: the engine must wipe it before use.
  await adminQuery(`CREATE DATABASE "${db.shadow}"`);
  await adminQuery('CREATE TABLE leftover (id int)', db.shadow);
});

afterAll(async () => {
  for (const name of Object.values(db)) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('prisma.config.ts', () => {
  const load = async (env: Record<string, string | undefined>) => {
    vi.resetModules();
    const keys = ['PRISMA_SCHEMA_ENGINE_BINARY', 'PRISMA_NATIVE_ENGINE'] as const;
    const saved = keys.map((key) => [key, process.env[key]] as const);
    for (const key of keys) {
      if (env[key] === undefined) delete process.env[key];
      else process.env[key] = env[key];
    }
    try {
      const config = (await import('../../prisma.config')).default;
      return { config, binary: process.env.PRISMA_SCHEMA_ENGINE_BINARY };
    } finally {
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  };

  it('points the CLI at the stand-in engine unless told otherwise', async () => {
    const standIn = await load({});
    expect(standIn.binary).toBe(engine);
    expect(existsSync(engine)).toBe(true);
    expect(standIn.config).toMatchObject({
      schema: 'prisma/schema.prisma',
      migrations: { path: 'prisma/migrations', seed: 'node --conditions=react-server --import tsx prisma/seed.ts' },
    });
    expect((await load({ PRISMA_NATIVE_ENGINE: '1' })).binary).toBeUndefined();
    expect((await load({ PRISMA_SCHEMA_ENGINE_BINARY: '/opt/schema-engine' })).binary).toBe('/opt/schema-engine');
  });
});

describe('Prisma CLI with the offline schema engine', () => {
  it('migrate dev creates the missing database and applies a first migration', async () => {
    const run = await prisma(['migrate', 'dev', '--name', 'init'], dev); // temporary shadow database
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`database ${db.dev} created`);
    const [init = ''] = await migrationNames();
    expect(init).toMatch(/^\d{14}_init$/);
    expect(await readFile(path.join(dir, 'migrations', init, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "User"');
    expect(await tables(db.dev)).toEqual(['User', '_prisma_migrations']);
  });

  it('migrate deploy applies the migrations to a second, fresh database', async () => {
    const run = await prisma(['migrate', 'deploy'], { url: databaseUrl({ database: db.deploy }) });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('All migrations have been successfully applied.');
    expect(await tables(db.deploy)).toEqual(['User', '_prisma_migrations']);
  });

  it('migrate dev --create-only writes a migration without applying it', async () => {
    await appendFile(path.join(dir, 'schema.prisma'), '\nmodel Post {\n  id    Int    @id @default(autoincrement())\n  title String\n}\n');
    const run = await prisma(['migrate', 'dev', '--name', 'second', '--create-only'], withShadow);
    expect(run.code, run.output).toBe(0);
    expect(await migrationNames()).toEqual([expect.stringMatching(/_init$/), expect.stringMatching(/_second$/)]);
    expect(await tables(db.dev)).not.toContain('Post');
  });

  it('migrate dev applies the pending migration, then creates one for a new change', async () => {
    await appendFile(path.join(dir, 'schema.prisma'), '\nmodel Tag {\n  id Int @id @default(autoincrement())\n}\n');
    const run = await prisma(['migrate', 'dev', '--name', 'third'], withShadow); // configured shadow, used again
    expect(run.code, run.output).toBe(0);
    expect(await migrationNames()).toHaveLength(3);
    expect(await tables(db.dev)).toEqual(['Post', 'Tag', 'User', '_prisma_migrations']);
    expect(await tables(db.shadow)).not.toContain('leftover');
  });

  it('migrate status reports the database up to date', async () => {
    const run = await prisma(['migrate', 'status'], dev);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('3 migrations found');
    expect(run.output).toContain('Database schema is up to date!');
  });

  it('migrate diff --exit-code: 0 while the migrations match the schema, 2 once they do not', async () => {
    const diff = ['migrate', 'diff', '--from-migrations', 'migrations', '--to-schema', 'schema.prisma', '--exit-code'];
    const same = await prisma(diff, withShadow);
    expect(same.code, same.output).toBe(0);
    expect(same.stdout).toContain('No difference detected.');

    await appendFile(path.join(dir, 'schema.prisma'), '\nmodel Note {\n  id   Int    @id\n  body String\n}\n');
    const changed = await prisma([...diff, '--script'], withShadow);
    expect(changed.code, changed.output).toBe(2);
    expect(changed.stdout).toContain('CREATE TABLE "Note"');
  });

  it('db execute runs a whole script, and migrate reset --force empties and re-migrates', async () => {
    // Semicolons inside the function body and the string must not split the script.
    await writeFile(
      path.join(dir, 'data.sql'),
      `CREATE FUNCTION answer() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 42; END; $$;\nINSERT INTO "User" (email) VALUES ('a;b@example.org');\n`,
    );
    const execute = await prisma(['db', 'execute', '--file', 'data.sql'], dev);
    expect(execute.code, execute.output).toBe(0);
    expect((await adminQuery('SELECT answer() AS a, (SELECT email FROM "User") AS e', db.dev)).rows).toEqual([{ a: 42, e: 'a;b@example.org' }]);

    const reset = await prisma(['migrate', 'reset', '--force'], dev);
    expect(reset.code, reset.output).toBe(0);
    expect(await tables(db.dev)).toEqual(['Post', 'Tag', 'User', '_prisma_migrations']);
    const after = await adminQuery(
      `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM _prisma_migrations)::int AS migrations,
              (SELECT count(*) FROM pg_proc WHERE proname = 'answer')::int AS functions`,
      db.dev,
    );
    expect(after.rows).toEqual([{ users: 0, migrations: 3, functions: 0 }]);
  });
});
