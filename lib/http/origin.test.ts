import { describe, expect, it } from 'vitest';
import { isForeignOrigin } from './origin';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('isForeignOrigin', () => {
  it('accepts the same host, behind a proxy too, and a request without Origin', () => {
    expect(isForeignOrigin(h({ host: 'portal.example', origin: 'https://portal.example' }))).toBe(false);
    expect(isForeignOrigin(h({ host: '127.0.0.1:3000', 'x-forwarded-host': 'portal.example', origin: 'https://PORTAL.example' }))).toBe(false);
    expect(isForeignOrigin(h({ host: 'portal.example' }))).toBe(false);
  });
  it('refuses another site, another port, an opaque origin and garbage', () => {
    expect(isForeignOrigin(h({ host: 'portal.example', origin: 'https://evil.example' }))).toBe(true);
    expect(isForeignOrigin(h({ host: 'portal.example:3000', origin: 'http://portal.example:3001' }))).toBe(true);
    expect(isForeignOrigin(h({ host: 'portal.example', origin: 'null' }))).toBe(true);
    expect(isForeignOrigin(h({ host: 'portal.example', origin: '::' }))).toBe(true);
  });
});
