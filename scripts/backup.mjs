#!/usr/bin/env node
// `npm run backup [-- --out DIR]`: the database (pg_dump, custom format) and every file of the
// object store (S3 bucket or STORAGE_DIR), with manifest.json listing each file's size and SHA-256.
// DATABASE_URL names the database (as its owner). Default DIR: .data/backups/<UTC time>.
// Restore with `npm run restore -- --from DIR` (ADR 0031).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { objectStore, sha256File } from './lib/object-store-files.mjs';

dotenv.config({ quiet: true });
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set (未设置数据库地址)');
  process.exit(1);
}
const out = path.resolve(values.out ?? path.join('.data', 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
  console.error(`${out} is not empty (备份目录不为空)`);
  process.exit(1);
}
fs.mkdirSync(path.join(out, 'objects'), { recursive: true });

// One consistent snapshot of the database (pg_dump runs in one repeatable-read transaction).
const dump = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', path.join(out, 'database.dump'), url], { stdio: ['ignore', 'inherit', 'inherit'] });
if (dump.status !== 0) {
  console.error('pg_dump failed (数据库导出失败)');
  process.exit(1);
}
// Files are never changed in place, only added: everything the dump references was stored before
// the dump began, so copying after it misses nothing the database points at.
const store = objectStore();
const objects = [];
for (const key of await store.list()) {
  const file = path.join(out, 'objects', key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await store.download(key, file);
  objects.push({ key, size: fs.statSync(file).size, sha256: await sha256File(file) });
}
const dbFile = path.join(out, 'database.dump');
const manifest = {
  format: 'fazhi-minzheng-backup/1',
  createdAt: new Date().toISOString(),
  source: { objectStore: store.label },
  database: { file: 'database.dump', size: fs.statSync(dbFile).size, sha256: await sha256File(dbFile) },
  objects,
};
fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`备份完成 / backup written: ${out} (database ${manifest.database.size} bytes, ${objects.length} files)`);
