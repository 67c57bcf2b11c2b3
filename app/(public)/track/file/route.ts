import { Readable } from 'node:stream';
import { getDb } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { refuseForeignOrigin } from '@/lib/http/origin';
import { findTrackedFile } from '@/lib/queries/requests/track-request';
import { clientAddress, consumeRateLimit } from '@/lib/services/public-submissions/rate-limit';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { fileResponse } from '@/lib/http/file-response';

// A file delivered with an answer, for the holder of the tracking code only. POST, so the code
// never appears in a URL (logs, history, referrers); counted in the same look-up rate limit.
export const dynamic = 'force-dynamic';

const plain = (text: string, status: number) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function POST(request: Request) {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const db = getDb();
  try {
    await consumeRateLimit(db, 'track.lookup', clientAddress(request.headers.get('x-forwarded-for')));
  } catch (error) {
    if (isAppError(error)) return plain(error.userMessage, 429);
    throw error;
  }
  const form = await request.formData().catch(() => null);
  const code = form?.get('code');
  const fileId = form?.get('fileId');
  if (typeof code !== 'string' || typeof fileId !== 'string') return plain('未找到该文件', 404);
  const file = await findTrackedFile(db, code, fileId);
  if (!file) return plain('未找到该文件', 404);
  let stream: Readable;
  try {
    stream = await getAttachmentStore().get(file.storageKey);
  } catch {
    return plain('未找到该文件', 404);
  }
  return fileResponse(stream, file);
}
