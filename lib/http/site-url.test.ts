import { describe, expect, it } from 'vitest';
import { siteBase } from '@/app/(public)/_lib/site-url';

describe('the base of absolute public links', () => {
  it('is PUBLIC_SITE_URL, else the origin of AUTH_URL, else this server on PORT — never the request', () => {
    expect(siteBase({ PUBLIC_SITE_URL: 'https://mzj.example.gov.cn/', AUTH_URL: 'https://staff.example' })).toBe('https://mzj.example.gov.cn');
    expect(siteBase({ PUBLIC_SITE_URL: 'https://gov.example/mzj/' })).toBe('https://gov.example/mzj');
    expect(siteBase({ AUTH_URL: 'https://portal.example/api/auth' })).toBe('https://portal.example');
    expect(siteBase({ PORT: '3150' })).toBe('http://localhost:3150');
    expect(siteBase({})).toBe('http://localhost:3000');
  });
  it('ignores a value that is not an http(s) URL', () => {
    expect(siteBase({ PUBLIC_SITE_URL: 'javascript:alert(1)', AUTH_URL: 'not a url', PORT: '4000' })).toBe('http://localhost:4000');
  });
});
