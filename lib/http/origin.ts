import { NextResponse } from 'next/server';
import { messages } from '@/lib/i18n/messages';

// Cross-site request forgery guard for state-changing route handlers (uploads), the same rule
// Next.js applies to server actions: when the browser says where the request comes from
// (Origin), that origin's host must be this server's host (X-Forwarded-Host behind a proxy, else
// Host). A foreign origin, or the opaque `null` of a sandboxed frame, is refused before anything
// is read or written. Without an Origin header (a non-browser client, which carries no visitor's
// cookies) the request goes on, as it does for server actions.
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]!.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}

/** A 403 JSON answer for a foreign origin, or null: call first in every POST/PUT/PATCH/DELETE route handler. */
export function refuseForeignOrigin(request: Request): NextResponse | null {
  if (!isForeignOrigin(request.headers)) return null;
  return NextResponse.json({ ok: false, message: messages.errors.foreignOrigin }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
}
