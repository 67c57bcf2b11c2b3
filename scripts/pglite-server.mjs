#!/usr/bin/env node
// Embedded PostgreSQL for a zero-setup run: PGlite (Postgres compiled to WASM) served over the
// Postgres wire protocol by pglite-socket, so Prisma, pg and the app connect to it like to any
// server. It runs in its own process so the WASM heap and its single-threaded query loop never
// compete with the web server, and so a crash in one is seen (and handled) by the start script.
//
//   node scripts/pglite-server.mjs [--data .data/pglite/main] [--port 54329] [--host 127.0.0.1]
//                                  [--shadow [--shadow-port 54330]] [--max-connections 100]
//
// --shadow also serves a throw-away in-memory instance for `prisma migrate dev`
// (SHADOW_DATABASE_URL): PGlite serves one database whatever name a client asks for, so the shadow
// database Prisma wants to create cannot live on the main server.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireLock, releaseLock, updateLock } from './lib/pglite-lock.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEMORY = 'memory://';

const { values: opts } = parseArgs({
  options: {
    data: { type: 'string', default: path.join(ROOT, '.data', 'pglite', 'main') },
    port: { type: 'string', default: '54329' },
    host: { type: 'string', default: '127.0.0.1' },
    shadow: { type: 'boolean', default: false },
    'shadow-port': { type: 'string' },
    // pglite-socket accepts a single connection by default; the app's pool, Prisma's migrate
    // engine and the seed each open several. Queries are still run one at a time.
    'max-connections': { type: 'string', default: '100' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  console.log(
    fs
      .readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\nimport ')[0]
      .replace(/^#!.*\n/, '')
      .replace(/^\/\/ ?/gm, ''),
  );
  process.exit(0);
}

const port = Number(opts.port);
const shadowPort = opts['shadow-port'] ? Number(opts['shadow-port']) : port + 1;
const maxConnections = Number(opts['max-connections']);
const dataDir = opts.data === MEMORY ? MEMORY : path.resolve(opts.data);
const persistent = dataDir !== MEMORY;

/** @type {{ db: PGlite, server?: PGLiteSocketServer }[]} */
const running = [];
let closing = false;

/** Closes the servers, then the databases: PGlite flushes its files on close. */
async function shutdown(/** @type {number} */ code) {
  if (closing) return;
  closing = true;
  for (const { server, db } of running.reverse()) {
    await server?.stop().catch(() => {});
    await db.close().catch((error) => console.error('[pglite] close failed:', error));
  }
  if (persistent) releaseLock(dataDir);
  process.exit(code);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => void shutdown(0));
// Started by scripts/start.mjs with an IPC channel: if that parent dies without stopping us
// (SIGKILL, crash), the channel closes and we exit instead of holding the data folder.
if (process.send) process.on('disconnect', () => void shutdown(0));

/**
 * Creates a new database folder atomically: initdb writes into a temporary sibling that is renamed
 * into place only once complete, so an interrupted first start leaves no half-initialised folder
 * that a later start would take for a database.
 * @param {string} dir
 */
async function initialise(dir) {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty and holds no database (no PG_VERSION); refusing to touch it`);
  }
  const temp = `${dir}.initdb-tmp`;
  fs.rmSync(temp, { recursive: true, force: true });
  const db = await PGlite.create({ dataDir: temp });
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true }); // only ever an empty folder here
  fs.renameSync(temp, dir);
}

/**
 * @param {string} dir
 * @param {number} listenPort
 */
async function serve(dir, listenPort) {
  const db = new PGlite(dir === MEMORY ? {} : { dataDir: dir });
  // Registered before it is ready, so a stop during start-up still closes it cleanly.
  /** @type {{ db: PGlite, server?: PGLiteSocketServer }} */
  const entry = { db };
  running.push(entry);
  await db.waitReady;
  entry.server = new PGLiteSocketServer({ db, host: opts.host, port: listenPort, maxConnections });
  await entry.server.start();
  // PGlite serves one database, always called "postgres", as the superuser "postgres".
  return `postgresql://postgres@${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${listenPort}/postgres`;
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(/** @type {string} */ dir) {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? relative : dir;
}

try {
  const where = persistent ? displayPath(dataDir) : 'memory';
  if (persistent) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    acquireLock(dataDir);
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      console.log(`[pglite] initialising a new database in ${where} …`);
      await initialise(dataDir);
    }
  }
  console.log(`[pglite] opening ${where} …`);

  const url = await serve(dataDir, port);
  if (persistent) updateLock(dataDir, { pid: process.pid, url });
  console.log(`[pglite] ready: DATABASE_URL=${url} (${where})`);

  const shadowUrl = opts.shadow ? await serve(MEMORY, shadowPort) : undefined;
  if (shadowUrl) {
    if (persistent) updateLock(dataDir, { pid: process.pid, url, shadowUrl });
    console.log(`[pglite] ready: SHADOW_DATABASE_URL=${shadowUrl} (memory, emptied on restart)`);
  }
  process.send?.({ type: 'ready', url, shadowUrl });
} catch (error) {
  console.error(`[pglite] failed to start: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
