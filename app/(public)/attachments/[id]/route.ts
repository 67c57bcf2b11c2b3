import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { getPublishedAttachment } from '@/lib/queries/disclosure/get-published-attachment';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { readVerifiedFile } from '@/lib/storage/verified-file';

// Downloads of published items' attachments. Checked against the database on every request
// (a withdrawn item's files must stop being served at once), so never cached. The file is served
// only if its SHA-256 and size are those recorded with the row (and so covered by the review).
export const dynamic = 'force-dynamic';

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

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
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': attachment.mimeType,
      'Content-Length': String(attachment.size),
      'Content-Disposition': contentDisposition(attachment.fileName),
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'no-store',
    },
  });
}
