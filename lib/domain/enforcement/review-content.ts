import { contentHash } from '@/lib/domain/review/content-hash';

// What the legal review of a major enforcement decision reads (art. 58): the facts, the legal
// basis, the intended penalty, the parties and the major classification. Any change to one of
// them makes an earlier approval stale. The database computes the same value in SQL
// (enforcement_review_hash, migration 20261205020000) to refuse a major decision without an
// approved review of it; tests/integration/trust-review-db.test.ts compares the two.

type ReviewedCase = {
  id: string;
  type: string;
  title: string;
  facts: string;
  legalBasis: string;
  intendedPenalty: unknown;
  violationType: string | null;
  discretionReason: string | null;
  isMajor: boolean;
  parties: { kind: string; name: string; idNumber: string | null; legalRepresentative: string | null }[];
};

/** JSON with sorted keys, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function enforcementContentHash(row: ReviewedCase): string {
  const parties = [...row.parties]
    .map((p) => ({ kind: p.kind, name: p.name.trim(), idNumber: p.idNumber ?? '', legalRepresentative: p.legalRepresentative ?? '' }))
    .map(canonical)
    // Byte order of the UTF-8 text, as the database sorts them (COLLATE "C"): one value everywhere.
    .sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  return contentHash([
    row.id,
    row.type,
    row.title,
    row.facts,
    row.legalBasis,
    canonical(row.intendedPenalty ?? null),
    row.violationType ?? '',
    row.discretionReason ?? '',
    row.isMajor ? 'major' : 'ordinary',
    `[${parties.join(',')}]`,
  ]);
}
