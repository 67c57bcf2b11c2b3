import 'server-only';
import type { Tx } from '@/lib/db';
import { contentHash } from '@/lib/services/review/support';

// The reviewed content of a disclosure, as the database trigger disclosure_10_content hashes it
// (migrations …215735_disclosure_review_gate and …003000_attachment_content_hash): category,
// title, summary, body, then each attachment's sha256 and file name, ordered by sha256 and then
// file name compared byte-wise (COLLATE "C"), all joined by U+001F. The database is the source of
// truth for Disclosure.contentHash; this mirror lets the application check or predict it.
export function disclosureContentHash(
  disclosure: { category: string; title: string; summary: string; body: string },
  attachments: readonly { sha256: string; fileName: string }[],
): string {
  const bytes = (value: string) => Buffer.from(value, 'utf8');
  const ordered = [...attachments].sort(
    (a, b) => Buffer.compare(bytes(a.sha256), bytes(b.sha256)) || Buffer.compare(bytes(a.fileName), bytes(b.fileName)),
  );
  return contentHash([disclosure.category, disclosure.title, disclosure.summary, disclosure.body, ...ordered.flatMap((a) => [a.sha256, a.fileName])]);
}

// Attachments are part of the content hash, so one added after an approval already leaves the
// item without an approved review of its current hash. This check stays as a second, explicit
// reason in the publish refusal (and covers an approval recorded before attachments were hashed).
export async function attachmentsAddedAfter(tx: Tx, disclosureId: string, approvedAt: Date | null): Promise<boolean> {
  if (!approvedAt) return false;
  return (await tx.attachment.count({ where: { disclosureId, createdAt: { gt: approvedAt } } })) > 0;
}
