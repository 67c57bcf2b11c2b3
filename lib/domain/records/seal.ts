// The seal of an append-only record: HMAC-SHA256, with a key the database never holds, over the
// row's canonical content, its chain link (prevHash, hash) and the key's id. Whoever can write to
// the database but does not hold the key cannot produce a valid seal, so a row forged or rewritten
// there — even with the hash chain recomputed — is found by the verifiers. See
// docs/decisions/0017-record-authorship-mac.md. Pure (node:crypto does no I/O).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../enforcement/hash-chain';
import { AUDIT_EVENT_COLUMNS } from './columns';

export type SealTable = 'CaseStep' | 'EvidenceItem' | 'AuditEvent';
export type MacKey = { readonly id: string; readonly secret: string };
/** Keys by id: the current one and any retired ones still needed to verify old rows. */
export type MacKeyring = ReadonlyMap<string, string>;
export type Seal = { readonly mac: string | null; readonly macKeyId: string | null };
export type SealProblem =
  /** No seal: not written through the application (or written before signing began and never signed). */
  | 'UNSIGNED'
  /** Sealed with a key id the verifier does not know. */
  | 'UNKNOWN_KEY'
  /** The seal does not match the content: forged or rewritten in the database. */
  | 'FORGED';

/** HMAC-SHA256 in lowercase hex over `table U+001F canonical(content)`. */
export function recordMac(secret: string, table: SealTable, content: Readonly<Record<string, unknown>>): string {
  return createHmac('sha256', secret)
    .update(`${table}\u001f${canonicalJson(content)}`, 'utf8')
    .digest('hex');
}

/** The seal for a row whose every other column is in `content` (chain link included, seal excluded). */
export function sealRecord(key: MacKey, table: SealTable, content: Readonly<Record<string, unknown>>): { mac: string; macKeyId: string } {
  return { mac: recordMac(key.secret, table, { ...content, macKeyId: key.id }), macKeyId: key.id };
}

export function checkSeal(keys: MacKeyring, table: SealTable, content: Readonly<Record<string, unknown>>, seal: Seal): SealProblem | null {
  if (!seal.mac || !seal.macKeyId) return 'UNSIGNED';
  const secret = keys.get(seal.macKeyId);
  if (secret === undefined) return 'UNKNOWN_KEY';
  const expected = Buffer.from(recordMac(secret, table, { ...content, macKeyId: seal.macKeyId }), 'hex');
  const actual = Buffer.from(seal.mac, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? null : 'FORGED';
}

/** What an audit row's seal covers: its hashed columns and chain link (AUDIT_EVENT_COLUMNS). */
export function auditSealContent(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const column of [...AUDIT_EVENT_COLUMNS.hashed, ...AUDIT_EVENT_COLUMNS.link]) content[column] = row[column] ?? null;
  return content;
}
