import { NextResponse, type NextRequest } from 'next/server';

// Staff pages: a visitor with no session cookie goes straight to sign-in, with the page to come
// back to. This is only a fast path: every staff layout, page and action still checks the session
// against the database. The path is passed on so the layout can build the same redirect.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const hasSession = request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name.startsWith(cookie)));
  if (!hasSession) {
    const signIn = new URL('/signin', request.url);
    signIn.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(signIn);
  }
  const headers = new Headers(request.headers);
  headers.set('x-pathname', path);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/staff', '/staff/:path*'] };
