import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isPrerenderedPath, securityHeaders } from './csp';
import { isUncacheableResponse } from './route-cache-handler.mjs';

describe('Content-Security-Policy', () => {
  it('dynamic pages: only scripts with the request nonce; prerendered pages: no nonce in the proxy policy', () => {
    const dynamic = securityHeaders(new Request('http://127.0.0.1/staff/cases'));
    const sent = new Map(dynamic.response).get('Content-Security-Policy')!;
    const nonce = /'nonce-([^']+)'/.exec(sent)![1];
    expect(dynamic.request.get('content-security-policy')).toBe(sent);
    expect(sent).toContain("'strict-dynamic'");
    expect(sent.split('; ').find((d) => d.startsWith('script-src '))).not.toContain('unsafe-inline');
    const again = new Map(securityHeaders(new Request('http://127.0.0.1/staff/cases')).response).get('Content-Security-Policy')!;
    expect(again).not.toContain(nonce!);

    const cached = securityHeaders(new Request('http://127.0.0.1/list/notices'));
    expect(new Map(cached.response).get('Content-Security-Policy')).toBe(contentSecurityPolicy({ nonce: null, https: false }));
    expect(cached.request.get('content-security-policy')).toBeNull();
  });

  it('always forbids inline handlers, plugins, framing and foreign bases; HSTS and upgrades only on https', () => {
    for (const nonce of ['abc', null]) {
      const policy = contentSecurityPolicy({ nonce, https: false });
      for (const directive of ["script-src-attr 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
        expect(policy).toContain(directive);
      }
      expect(policy).not.toContain('upgrade-insecure-requests');
    }
    expect(new Map(securityHeaders(new Request('http://x/')).response).has('Strict-Transport-Security')).toBe(false);
    const https = new Map(securityHeaders(new Request('http://x/', { headers: { 'x-forwarded-proto': 'https' } })).response);
    expect(https.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    expect(https.get('Content-Security-Policy')).toContain('upgrade-insecure-requests');
  });

  it('classifies paths', () => {
    for (const path of ['/', '/list/notices/2024', '/disclosures/abc', '/catalogue/2', '/guide', '/no-such-page']) expect(isPrerenderedPath(path), path).toBe(true);
    for (const path of ['/staff', '/staff/cases', '/search', '/officers', '/signin', '/exposure']) expect(isPrerenderedPath(path), path).toBe(false);
  });
});

describe('route cache', () => {
  it('never keeps a page or route response of status 400 or more, except at build', () => {
    expect(isUncacheableResponse({ kind: 'APP_PAGE', status: 404 }, undefined)).toBe(true);
    expect(isUncacheableResponse({ kind: 'APP_ROUTE', status: 404 }, undefined)).toBe(true);
    expect(isUncacheableResponse({ kind: 'APP_PAGE', status: 200 }, undefined)).toBe(false);
    expect(isUncacheableResponse({ kind: 'APP_PAGE' }, undefined)).toBe(false);
    expect(isUncacheableResponse({ kind: 'FETCH', status: 404 }, undefined)).toBe(false);
    expect(isUncacheableResponse({ kind: 'APP_PAGE', status: 404 }, 'phase-production-build')).toBe(false);
  });
});

describe('who sends which policy', () => {
  it("proxy.ts's matcher names exactly the dynamic segments; next.config's source covers the rest", async () => {
    const { DYNAMIC_SEGMENTS, PRERENDERED_SOURCE } = await import('./csp');
    const proxy = (await import('node:fs')).readFileSync('proxy.ts', 'utf8');
    expect(proxy).toContain(`'/(${DYNAMIC_SEGMENTS.join('|')})'`);
    expect(proxy).toContain(`'/(${DYNAMIC_SEGMENTS.join('|')})/:path*'`);
    const prerendered = new RegExp(`^${PRERENDERED_SOURCE}$`);
    for (const path of ['/', '/list/notices', '/disclosures/x', '/guide', '/signout', '/junk', '/staffing']) expect(prerendered.test(path), path).toBe(true);
    for (const path of ['/staff', '/staff/cases', '/signin', '/search', '/api/x', '/_next/static/a.js', '/feeds/all']) expect(prerendered.test(path), path).toBe(false);
  });
});
