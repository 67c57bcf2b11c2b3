import { Readable } from 'node:stream';
import { getDb } from '@/lib/db';
import { getPublishedAttachment } from '@/lib/queries/disclosure/get-published-attachment';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// Downloads of published items' attachments. Checked against the database on every request
// (a withdrawn item's files must stop being served at once), so never cached.
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
  let file: Readable;
  try {
    file = await getAttachmentStore().get(attachment.storageKey);
  } catch {
    return notFound();
  }
  // The store admits only PDF, Word, Excel, PNG and JPEG (checked by content on upload); still,
  // always a download, never rendered in the site's origin.
  return new Response(Readable.toWeb(file) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': attachment.mimeType,
      'Content-Length': String(attachment.size),
      'Content-Disposition': contentDisposition(attachment.fileName),
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'no-store',
    },
  });
}
