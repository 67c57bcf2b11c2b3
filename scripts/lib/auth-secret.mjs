// next-auth refuses to run in production without AUTH_SECRET. For a local start we make one up
// once and keep it, so sessions survive restarts; a real deployment sets AUTH_SECRET itself.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {string} dataRoot the git-ignored .data folder
 * @returns {{ secret: string, created: boolean, file: string }}
 */
export function loadOrCreateAuthSecret(dataRoot) {
  return loadOrCreateSecret(dataRoot, 'auth-secret');
}

/**
 * The same for RECORD_MAC_KEY, the key that seals case-file and audit rows
 * (docs/decisions/0017-record-authorship-mac.md); lib/records/mac-key.ts reads the same file when the
 * variable is unset outside production (the CLI verifiers after `npm start`).
 * @param {string} dataRoot the git-ignored .data folder
 */
export function loadOrCreateRecordMacKey(dataRoot) {
  return loadOrCreateSecret(dataRoot, 'record-mac-key');
}

/**
 * @param {string} dataRoot
 * @param {string} name file name under dataRoot
 * @returns {{ secret: string, created: boolean, file: string }}
 */
function loadOrCreateSecret(dataRoot, name) {
  const file = path.join(dataRoot, name);
  try {
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (secret) return { secret, created: false, file };
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataRoot, { recursive: true, mode: 0o700 });
  const secret = crypto.randomBytes(32).toString('base64url');
  // 'w' not 'wx': an empty file left by an interrupted write is replaced. mode applies on create;
  // chmod covers a pre-existing file.
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return { secret, created: true, file };
}
