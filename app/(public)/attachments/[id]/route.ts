import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { getPublishedAttachment } from '@/lib/queries/disclosure/get-published-attachment';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { readVerifiedFile } from '@/lib/storage/verified-file';
import { fileResponse } from '@/lib/http/file-response';

// Downloads of published items' attachments. Checked against the database on every request
// (a withdrawn item's files must stop being served at once), so never cached. The file is served
// only if its SHA-256 and size are those recorded with the row (and so covered by the review).
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return notFound();
  const attachment = await getPublishedAttachment(getDb(), id);
  if (!attachment) return notFound();
  const file = await readVerifiedFile(getAttachmentStore(), attachment.storageKey, attachment);
  if (!file.ok && file.reason === 'missing') return notFound();
  if (!file.ok) {
    console.warn(`[attachments] ${attachment.id}: stored file sha256 ${file.actualSha256} does not match the recorded ${attachment.sha256}; refused`);
    return new Response(messages.disclosure.attachment.integrityFailed, {
      status: 409,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  // The store admits only PDF, Word, Excel, PNG and JPEG (checked by content on upload); still,
  // always a download, never rendered in the site's origin.
  return fileResponse(new Uint8Array(file.body), attachment);
}
