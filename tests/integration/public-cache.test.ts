import { describe, expect, it } from 'vitest';
import { PUBLIC_DISCLOSURES_TAG, refreshPublicDisclosures } from '@/lib/public-cache';

describe('refreshPublicDisclosures', () => {
  it('is a no-op outside a Next.js request (seed scripts, services called from tests)', () => {
    expect(PUBLIC_DISCLOSURES_TAG).toBe('public-disclosures');
    expect(() => refreshPublicDisclosures()).not.toThrow();
  });
});
