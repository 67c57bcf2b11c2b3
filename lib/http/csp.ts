// Content-Security-Policy and the other per-request security headers, set by proxy.ts
// (ADR 0019). Pure: no Next.js imports, so it is unit-tested directly.
//
// Two kinds of page:
// - dynamic pages (staff, sign-in, search, officers…): rendered per request; the proxy makes a
//   fresh nonce, hands it to Next.js in the request's CSP header (Next.js adds it to its own
//   scripts) and sends the same policy: only scripts carrying that nonce run.
// - prerendered public pages (home, lists, details, catalogue, static pages, their 404s): served
//   from the route cache, so a per-request nonce cannot match the cached HTML. The proxy sends the
//   strictest policy that needs no nonce (PRERENDERED), and the render still gets a fresh nonce;
//   the route-cache handler (lib/http/route-cache-handler.mjs) stores with each rendered page a
//   second policy allowing only that render's nonce. Browsers enforce both policies, so on a
//   cached page too, only the scripts Next.js wrote for that render run.

/** Paths rendered per request. Everything else is served by a cached or static route. */
const DYNAMIC = /^\/(?:staff|api|search|officers|exposure|signin|attachments|feeds)(?:\/|$)/;

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
  const nonce = newNonce();
  const https = isHttps(request);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', contentSecurityPolicy({ nonce, https }));
  const prerendered = isPrerenderedPath(new URL(request.url).pathname);
  const response: [string, string][] = [['Content-Security-Policy', contentSecurityPolicy({ nonce: prerendered ? null : nonce, https })]];
  if (https) response.push(['Strict-Transport-Security', HSTS]);
  return { request: requestHeaders, response };
}
