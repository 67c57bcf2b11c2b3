import { NextResponse, type NextRequest } from 'next/server';
import { refuseOversizedAction } from '@/lib/http/action-body-limit';
import { securityHeaders } from '@/lib/http/csp';

// Dynamic pages, and any request with a body to a page, pass here (never /api: the proxy would
// buffer and cut upload bodies): an oversized server-action body is refused with a 413 before it
// is read, dynamic pages get their per-request CSP nonce (lib/http/csp.ts, ADR 0019), and staff
// pages get the sign-in fast path below. Cached public pages do not pass here (their policy is a
// static header from next.config.ts): the proxy would cost every cached hit ~0.3 ms of CPU.
export function proxy(request: NextRequest) {
  const tooLarge = refuseOversizedAction(request);
  if (tooLarge) return tooLarge;
  const security = securityHeaders(request);
  const response = isStaffPath(request.nextUrl.pathname) ? staffSessionFastPath(request, security.request) : NextResponse.next({ request: { headers: security.request } });
  for (const [name, value] of security.response) response.headers.set(name, value);
  return response;
}

const isStaffPath = (pathname: string) => pathname === '/staff' || pathname.startsWith('/staff/');

// Staff pages: a visitor with no session cookie goes straight to sign-in, with the page to come
// back to. This is only a fast path: every staff layout, page and action still checks the session
// against the database. The path is passed on so the layout can build the same redirect.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function staffSessionFastPath(request: NextRequest, headers: Headers) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const hasSession = request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name.startsWith(cookie)));
  if (!hasSession) {
    const signIn = new URL('/signin', request.url);
    signIn.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(signIn);
  }
  headers.set('x-pathname', path);
  return NextResponse.next({ request: { headers } });
}

// The dynamic segments are those of DYNAMIC_SEGMENTS in lib/http/csp.ts (a literal is required here).
export const config = {
  matcher: [
    '/(staff|signin|search|officers|exposure|attachments|feeds)',
    '/(staff|signin|search|officers|exposure|attachments|feeds)/:path*',
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-length' }] },
  ],
};
