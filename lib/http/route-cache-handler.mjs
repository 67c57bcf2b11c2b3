// Next.js's route cache (`cacheHandler` in next.config.ts): the built-in file-system cache with two
// changes (ADR 0019). Plain JavaScript: Next.js imports it at run time by path.
//
// 1. A response that is not a success (a 404 for a bogus /disclosures/<id>, /list/<slug>/<x> or
//    any junk path caught by the home page's catch-all) is never stored. Next.js writes every
//    not-found of an ISR route to disk (7 files each: 60 anonymous requests added 420 files) and
//    keeps its lifetime in memory forever; here neither happens, and such a request is simply
//    rendered again next time, like any dynamic page.
// 2. A rendered page keeps the Content-Security-Policy of its own render: the proxy gives every
//    render a fresh nonce (lib/http/csp.ts) and Next.js writes it on its scripts; this handler
//    reads it back from the page's <head> and adds `script-src 'nonce-…' 'strict-dynamic'` to the
//    headers stored with the page, which Next.js sends with every copy it serves. Scripts that
//    the render did not write (injected markup) have no such nonce and do not run.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import sharedCacheControlsModule from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { SharedCacheControls } = sharedCacheControlsModule;
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
const NONCE = /<script\b[^>]*?\snonce="([A-Za-z0-9+/_-]+={0,2})"/;

/** The nonce Next.js wrote on the page's first script in <head>, or null. */
export function renderNonce(html) {
  const end = html.indexOf('</head>');
  const match = NONCE.exec(end === -1 ? html : html.slice(0, end));
  return match ? match[1] : null;
}

export default class RouteCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && RESPONSE_KINDS.has(data.kind)) {
      if (data.kind === 'APP_PAGE' && typeof data.html === 'string') {
        const nonce = renderNonce(data.html);
        // Mutated in place: the same headers object is sent with this very response, stored or not.
        if (nonce) {
          data.headers ??= {};
          data.headers['content-security-policy'] = `script-src 'nonce-${nonce}' 'strict-dynamic'`;
        }
      }
      // At build time Next.js also prerenders its own /_not-found page: that one is kept.
      if (typeof data.status === 'number' && data.status >= 400 && process.env.NEXT_PHASE !== 'phase-production-build') {
        SharedCacheControls.cacheControls?.delete(key);
        return;
      }
    }
    return super.set(key, data, ctx);
  }
}
