import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isPrerenderedPath, securityHeaders } from './csp';
import { renderNonce } from './route-cache-handler.mjs';

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
    expect(cached.request.get('content-security-policy')).toMatch(/'nonce-[^']+'/); // for the render
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

describe('route cache: the nonce of a render', () => {
  it('is read from the first script in <head>, never from the body', () => {
    expect(renderNonce('<html><head><script src="/_next/a.js" nonce="AbC+/9=="></script></head><body></body></html>')).toBe('AbC+/9==');
    expect(renderNonce('<html><head><title>x</title></head><body><script nonce="evil"></script></body></html>')).toBeNull();
  });
});
