import { messages } from '@/lib/i18n/messages';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './limits';

// A server action whose declared body is larger than Next.js will read answers 413 with a Chinese
// message before the body is read (Next.js itself answers such a body with a 500). Server actions
// are POSTs to a page path: with a Next-Action header (the client runtime), or a plain form post
// without JavaScript. Route handlers under /api never pass through the proxy (the proxy would
// buffer and cut their bodies, e.g. recorder videos); the staff attachment routes enforce their own,
// smaller limits.
export function refuseOversizedAction(request: Request): Response | null {
  if (request.method !== 'POST') return null;
  const length = Number(request.headers.get('content-length') ?? Number.NaN);
  if (!Number.isFinite(length) || length <= SERVER_ACTION_BODY_LIMIT_BYTES) return null;
  if (!request.headers.has('next-action') && /\/attachments$/.test(new URL(request.url).pathname)) return null;
  const limit = `${Math.round(SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024)} MB`;
  return new Response(messages.errors.tooLarge(limit), {
    status: 413,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' },
  });
}
