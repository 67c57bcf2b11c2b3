// Content-Security-Policy and the other per-request security headers, set by proxy.ts
// (ADR 0019). Pure: no Next.js imports, so it is unit-tested directly.
//
// Two kinds of page:
// - dynamic pages (staff, sign-in, search, officers…): rendered per request; the proxy makes a
//   fresh nonce, hands it to Next.js in the request's CSP header (Next.js writes it on its own
//   scripts) and sends the same policy: only scripts carrying that nonce run.
// - prerendered public pages (home, lists, details, catalogue, static pages, their 404s): served
//   from the route cache, so no per-request nonce can match the HTML (and Next.js 16.4 writes no
//   nonce when it renders an ISR page, even when the request carries one). They get the strictest
//   policy without a nonce: same-origin scripts and Next's inline scripts only, no inline event
//   handlers, no plugins, no framing, no foreign base, forms, connections or images.

/**
 * First path segments rendered per request (plus /api, which the proxy never sees). Everything
 * else is a cached or static route. proxy.ts's matcher lists the same paths (it must be a literal);
 * lib/http/csp.test.ts checks that they agree.
 */
export const DYNAMIC_SEGMENTS = ['staff', 'signin', 'search', 'officers', 'exposure', 'attachments', 'feeds'] as const;
const DYNAMIC = new RegExp(`^/(?:api|${DYNAMIC_SEGMENTS.join('|')})(?:/|$)`);

/** next.config.ts `headers()` source for every path that is not dynamic (the prerendered policy, no proxy). */
export const PRERENDERED_SOURCE = `/((?!(?:api|_next|${DYNAMIC_SEGMENTS.join('|')})(?:/|$)).*)`;

export function isPrerenderedPath(pathname: string): boolean {
  return !DYNAMIC.test(pathname);
}

export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

const COMMON = [
  "default-src 'self'",
  "script-src-attr 'none'",
  // React writes style attributes (and Next.js inline <style> in some cases); a nonce cannot cover
  // a style attribute, so styles stay 'unsafe-inline'. Styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function contentSecurityPolicy(options: { nonce: string | null; https: boolean }): string {
  const script = options.nonce ? `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'` : "script-src 'self' 'unsafe-inline'";
  return [script, ...COMMON, ...(options.https ? ['upgrade-insecure-requests'] : [])].join('; ');
}

export const HSTS = 'max-age=31536000; includeSubDomains';

export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || (request.headers.get('x-forwarded-proto') ?? '').split(',')[0]!.trim() === 'https';
}

/**
 * The request headers to render with (the nonce for Next.js) and the headers to add to the response.
 */
export function securityHeaders(request: Request): { request: Headers; response: [string, string][] } {
  const https = isHttps(request);
  const nonce = isPrerenderedPath(new URL(request.url).pathname) ? null : newNonce();
  const policy = contentSecurityPolicy({ nonce, https });
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set('content-security-policy', policy);
  else requestHeaders.delete('content-security-policy');
  const response: [string, string][] = [['Content-Security-Policy', policy]];
  if (https) response.push(['Strict-Transport-Security', HSTS]);
  return { request: requestHeaders, response };
}
