import { createHash } from 'node:crypto';
import type { AttachmentStore } from './attachment-store';

export type VerifiedFile = { ok: true; body: Buffer } | { ok: false; reason: 'missing' | 'mismatch'; actualSha256?: string };

/**
 * Reads a stored file whole and checks it against the SHA-256 and size recorded with its row, so
 * a file swapped on disk (or a row pointed at another file) is never served. Disclosure
 * attachments are small (see DISCLOSURE_ATTACHMENT_MAX_BYTES), so reading them whole is fine.
 */
export async function readVerifiedFile(store: AttachmentStore, key: string, expected: { sha256: string; size: number }): Promise<VerifiedFile> {
  let body: Buffer;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await store.get(key)) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
    body = Buffer.concat(chunks);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  const actualSha256 = createHash('sha256').update(body).digest('hex');
  if (actualSha256 !== expected.sha256 || body.length !== expected.size) return { ok: false, reason: 'mismatch', actualSha256 };
  return { ok: true, body };
}
