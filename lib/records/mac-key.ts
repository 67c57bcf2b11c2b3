import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MacKey, MacKeyring } from '@/lib/domain/records/seal';

// The key that seals case-file and audit rows (docs/decisions/0017-record-authorship-mac.md). It
// lives in the application's environment, never in the database:
//   RECORD_MAC_KEY            the current secret (at least 32 characters)
//   RECORD_MAC_KEY_ID         its id, stored with every row it seals (default "k1")
//   RECORD_MAC_PREVIOUS_KEYS  retired keys still needed to verify older rows: "id:secret,id:secret"
// In production RECORD_MAC_KEY must be set. Elsewhere (development, the CLI scripts after
// `npm start`) it falls back to .data/record-mac-key, which scripts/start.mjs creates like AUTH_SECRET.

const MIN_LENGTH = 32;
const KEY_FILE = 'record-mac-key';

export class RecordMacKeyMissing extends Error {
  constructor(reason: string) {
    super(
      `RECORD_MAC_KEY ${reason}: set it to a random secret of at least ${MIN_LENGTH} characters (e.g. \`openssl rand -base64 32\`) before writing case-file or audit records; see docs/decisions/0017-record-authorship-mac.md`,
    );
    this.name = 'RecordMacKeyMissing';
  }
}

function localSecret(): string {
  const file = path.join(process.cwd(), '.data', KEY_FILE);
  try {
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (secret) return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The key new rows are sealed with. Throws RecordMacKeyMissing in production when it is not set. */
export function currentMacKey(env: NodeJS.ProcessEnv = process.env): MacKey {
  const id = env.RECORD_MAC_KEY_ID?.trim() || 'k1';
  let secret = env.RECORD_MAC_KEY?.trim();
  if (!secret) {
    if (env.NODE_ENV === 'production') throw new RecordMacKeyMissing('is not set');
    secret = localSecret();
  }
  if (secret.length < MIN_LENGTH) throw new RecordMacKeyMissing(`is shorter than ${MIN_LENGTH} characters`);
  return { id, secret };
}

/** Every key a verifier may meet: the current one and the retired ones, by id. */
export function macKeyring(env: NodeJS.ProcessEnv = process.env): MacKeyring {
  const current = currentMacKey(env);
  const keys = new Map<string, string>();
  for (const entry of (env.RECORD_MAC_PREVIOUS_KEYS ?? '').split(',')) {
    const at = entry.indexOf(':');
    if (at > 0) keys.set(entry.slice(0, at).trim(), entry.slice(at + 1).trim());
  }
  keys.set(current.id, current.secret);
  return keys;
}
