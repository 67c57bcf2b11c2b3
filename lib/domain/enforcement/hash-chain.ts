// The case file's hash chain: every case step and evidence record carries the hash of the record
// before it, so an altered, removed or reordered record is found by recomputing. SHA-256 over a
// canonical serialisation (node:crypto is deterministic and does no I/O, so it is allowed here).
import { createHash } from 'node:crypto';
import { CASE_STEP_COLUMNS, CASE_STEP_V1_HASHED, CURRENT_HASH_VERSION, EVIDENCE_ITEM_COLUMNS, EVIDENCE_ITEM_V1_HASHED } from '../records/columns';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Deterministic JSON: object keys sorted by code point, no whitespace, `undefined` properties
 * dropped, Date → ISO string, bigint → decimal string. Rejects NaN/Infinity and other values JSON
 * cannot carry, so two equal records always serialise to the same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot serialise ${value}`);
      return JSON.stringify(value);
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`cannot serialise a ${typeof value}`);
  }
}

/** A case step as hashed: every CaseStep column except the chain link and the seal (CASE_STEP_COLUMNS). */
export type StepRecord = {
  readonly recordType: 'STEP';
  readonly id: string;
  readonly caseId: string;
  readonly seq: number;
  readonly key: string;
  readonly actorId: string;
  readonly occurredAt: Date | string;
  readonly note: string;
  readonly documents: unknown;
  readonly recordingWaiverReason: string | null;
  readonly chainSeq: number;
  readonly hashVersion: number;
};

/** An evidence item as hashed (EVIDENCE_ITEM_COLUMNS); `sha256` binds the file. */
export type EvidenceRecord = {
  readonly recordType: 'EVIDENCE';
  readonly id: string;
  readonly caseId: string;
  readonly stepId: string | null;
  readonly kind: string;
  readonly storageKey: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: bigint | number;
  readonly sha256: string;
  readonly deviceId: string | null;
  readonly officerId: string | null;
  readonly capturedAt: Date | string;
  readonly createdAt: Date | string;
  readonly uploadedById: string | null;
  readonly chainSeq: number;
  readonly hashVersion: number;
};

export type ChainRecord = StepRecord | EvidenceRecord;

/** The first record of a case's chain links to the empty string. */
export const GENESIS_HASH = '';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** sha256(prevHash, U+001F, canonical record) in lowercase hex, over the columns of the record's hash version. */
export function chainHash(prevHash: string, record: ChainRecord): string {
  return sha256Hex(`${prevHash}\u001f${canonicalJson(hashedContent(record))}`);
}

/**
 * The record as hashed: version 2 (every row written since migration 20261205030000) covers every
 * column listed in lib/domain/records/columns.ts; version 1 rows, written before, covered fewer.
 * Timestamps hash as ISO strings and sizes as decimal strings, whatever type the row carried.
 */
export function hashedContent(record: ChainRecord): Record<string, unknown> {
  const isStep = record.recordType === 'STEP';
  const columns = record.hashVersion === 1 ? (isStep ? CASE_STEP_V1_HASHED : EVIDENCE_ITEM_V1_HASHED) : isStep ? CASE_STEP_COLUMNS.hashed : EVIDENCE_ITEM_COLUMNS.hashed;
  const normalised: Record<string, unknown> = isStep
    ? { ...record, occurredAt: toIso(record.occurredAt) }
    : { ...record, size: BigInt(record.size).toString(), capturedAt: toIso(record.capturedAt), createdAt: toIso(record.createdAt) };
  const content: Record<string, unknown> = { recordType: record.recordType };
  for (const column of columns) content[column] = normalised[column] ?? null;
  return content;
}

/** What a case-file row's seal covers: its hashed content (all columns) and its chain link. */
export function sealContent(record: ChainRecord, link: { prevHash: string; hash: string }): Record<string, unknown> {
  const all = hashedContent(record.hashVersion === 1 ? { ...record, hashVersion: CURRENT_HASH_VERSION } : record);
  return { ...all, hashVersion: record.hashVersion, prevHash: link.prevHash, hash: link.hash };
}

function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
