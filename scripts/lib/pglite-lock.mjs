// One PGlite process per data folder. Two processes writing the same folder would corrupt it, and
// PGlite (a single-user Postgres) has no postmaster lock of its own that another process honours.
// The lock file sits next to the folder: `<data>.lock`, holding the owner's pid and, once it
// listens, its URL, so `npm start` can reuse a standalone server instead of failing.
import fs from 'node:fs';

/**
 * @typedef {{ pid: number, url?: string, shadowUrl?: string }} LockInfo
 */

/** @param {string} dataDir */
export function lockPath(dataDir) {
  return `${dataDir.replace(/[\\/]+$/, '')}.lock`;
}

/**
 * The lock's content when a live process holds it; null when unlocked. A lock left by a dead
 * process (killed with SIGKILL, machine rebooted) is removed here.
 * @param {string} dataDir
 * @returns {LockInfo | null}
 */
export function readLiveLock(dataDir) {
  const file = lockPath(dataDir);
  /** @type {LockInfo} */
  let info;
  try {
    info = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
    fs.rmSync(file, { force: true }); // half-written by a process that died while writing it
    return null;
  }
  if (isAlive(info.pid)) return info;
  fs.rmSync(file, { force: true });
  return null;
}

/**
 * Takes the lock for this process; throws with the holder's pid when another live process has it.
 * @param {string} dataDir
 */
export function acquireLock(dataDir) {
  const file = lockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid }), { flag: 'wx' });
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      const holder = readLiveLock(dataDir); // removes a stale lock, then we retry once
      if (holder) {
        throw new Error(
          `data folder ${dataDir} is in use by process ${holder.pid}${holder.url ? ` (${holder.url})` : ''}; stop it or remove ${file} if that process is not PGlite`,
        );
      }
    }
  }
  throw new Error(`could not take lock ${file}`);
}

/**
 * Records where this process serves the folder.
 * @param {string} dataDir
 * @param {LockInfo} info
 */
export function updateLock(dataDir, info) {
  fs.writeFileSync(lockPath(dataDir), JSON.stringify(info));
}

/** Removes the lock if this process still owns it. */
export function releaseLock(/** @type {string} */ dataDir) {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8'));
    if (info.pid === process.pid) fs.rmSync(lockPath(dataDir), { force: true });
  } catch {
    // already gone
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
