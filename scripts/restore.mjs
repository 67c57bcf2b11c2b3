#!/usr/bin/env node
// `npm run restore -- --from DIR`: checks every file of a backup against its manifest (nothing is
// touched if one differs), then restores the database into DATABASE_URL (an empty database: it
// refuses one that already has tables) and the files into the object store (S3_BUCKET or
// STORAGE_DIR). Afterwards run `npm run audit:verify` and scripts/verify-case-files.ts (ADR 0031).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import pg from 'pg';
import { objectStore, sha256File } from './lib/object-store-files.mjs';

dotenv.config({ quiet: true });
const { values } = parseArgs({ options: { from: { type: 'string' } } });
const url = process.env.DATABASE_URL;
if (!url || !values.from) {
  console.error('usage: DATABASE_URL=… npm run restore -- --from DIR');
  process.exit(1);
}
const dir = path.resolve(values.from);
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const check = async (rel, expected) => {
  const file = path.join(dir, rel);
  if (!fs.existsSync(file) || fs.statSync(file).size !== expected.size || (await sha256File(file)) !== expected.sha256) {
    console.error(`备份文件与清单不符 / backup file does not match its manifest: ${rel}`);
    process.exit(1);
  }
};
await check(manifest.database.file, manifest.database);
for (const o of manifest.objects) await check(path.join('objects', o.key), o);

const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
// The application role the grants in the dump name (created by the first migration on a new cluster).
await client.query(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal_app') THEN CREATE ROLE portal_app LOGIN; END IF; END $$`);
await client.end();
if (rows[0].n > 0) {
  console.error('目标数据库不是空的 / the target database already has tables; restore into a new database');
  process.exit(1);
}
const restored = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', url, path.join(dir, manifest.database.file)], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (restored.status !== 0) {
  console.error('pg_restore failed (数据库恢复失败)');
  process.exit(1);
}
const store = objectStore();
for (const o of manifest.objects) await store.upload(o.key, path.join(dir, 'objects', o.key));
console.log(`恢复完成 / restored: database and ${manifest.objects.length} files into ${store.label}`);
