import 'server-only';
import { contentHash } from '@/lib/domain/review/content-hash';

// The reviewed content of a disclosure, as the database trigger disclosure_10_content hashes it
// (migrations …215735_disclosure_review_gate, …003000_attachment_content_hash and
// …070000_public_site): category, title, summary, body, then each attachment's sha256 and file
// name, ordered by sha256 and then file name compared byte-wise (COLLATE "C"), then — when any is
// recorded — the 文号 and period of validity as one part, all joined by U+001F. The database is the source of
// truth for Disclosure.contentHash; this mirror lets the application check or predict it.
export function disclosureContentHash(
  disclosure: {
    category: string;
    title: string;
    summary: string;
    body: string;
    documentNumber?: string | null;
    validFrom?: Date | null;
    validUntil?: Date | null;
  },
  attachments: readonly { sha256: string; fileName: string }[],
): string {
  const bytes = (value: string) => Buffer.from(value, 'utf8');
  const ordered = [...attachments].sort((a, b) => Buffer.compare(bytes(a.sha256), bytes(b.sha256)) || Buffer.compare(bytes(a.fileName), bytes(b.fileName)));
  const { documentNumber = null, validFrom = null, validUntil = null } = disclosure;
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
  const catalogue =
    documentNumber === null && validFrom === null && validUntil === null ? [] : [['catalogue', documentNumber ?? '', day(validFrom), day(validUntil)].join('\u001e')];
  return contentHash([disclosure.category, disclosure.title, disclosure.summary, disclosure.body, ...ordered.flatMap((a) => [a.sha256, a.fileName]), ...catalogue]);
}
