// Starts (or reuses) the embedded PGlite server for `npm start` when no DATABASE_URL is configured.
import path from 'node:path';
import { findFreePort, waitForPort } from './ports.mjs';
import { readLiveLock } from './pglite-lock.mjs';
import { say, warn } from './say.mjs';

export const DEFAULT_PGLITE_PORT = 54329;

/**
 * @typedef {{ url: string, owned: boolean }} EmbeddedDb
 * @typedef {ReturnType<typeof import('./supervisor.mjs').createSupervisor>} Supervisor
 */

/**
 * @param {{ root: string, dataDir: string, supervisor: Supervisor }} options
 * @returns {Promise<EmbeddedDb>}
 */
export async function startEmbeddedDb({ root, dataDir, supervisor }) {
  // A standalone `node scripts/pglite-server.mjs` (e.g. kept running for `prisma migrate dev`)
  // already owns the folder: share it rather than fail, and leave it running when we stop.
  const holder = await settledHolder(dataDir);
  if (holder?.url) {
    const { port, hostname } = new URL(holder.url);
    await waitForPort(Number(port), { host: hostname.replace(/^\[|\]$/g, ''), timeoutMs: 5_000 });
    say(`使用已在运行的 PGlite（进程 ${holder.pid}）`, `Using the PGlite server already running (pid ${holder.pid})`);
    return { url: holder.url, owned: false };
  }

  const port = await findFreePort(DEFAULT_PGLITE_PORT, { host: '127.0.0.1' });
  if (port !== DEFAULT_PGLITE_PORT) {
    warn(`端口 ${DEFAULT_PGLITE_PORT} 已被占用，改用 ${port}`, `Port ${DEFAULT_PGLITE_PORT} is taken; using ${port}`);
  }

  const child = supervisor.service('pglite', process.execPath, [path.join(root, 'scripts', 'pglite-server.mjs'), '--data', dataDir, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  const url = await new Promise((resolve, reject) => {
    child.on('message', (/** @type {any} */ message) => {
      if (message?.type === 'ready') resolve(message.url);
    });
    child.once('exit', (code) => reject(new Error(`PGlite exited during start-up (exit code ${code})`)));
  });
  return { url, owned: true };
}

/**
 * The live holder of the data folder's lock once it serves (or null when there is none), waiting
 * while another server is still opening the folder.
 * @param {string} dataDir
 */
async function settledHolder(dataDir, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let holder = readLiveLock(dataDir);
  if (holder && !holder.url) say(`等待进程 ${holder.pid} 打开数据库…`, `Waiting for process ${holder.pid} to open the database…`);
  while (holder && !holder.url) {
    if (Date.now() > deadline) throw new Error(`process ${holder.pid} holds ${dataDir} but does not serve it; stop it`);
    await new Promise((r) => setTimeout(r, 250));
    holder = readLiveLock(dataDir);
  }
  return holder;
}
