import { describe, expect, it } from 'vitest';
import { validityOf } from './catalogue';

describe('validity of a normative document', () => {
  const doc = { category: 'NORMATIVE_DOCUMENT' as const, validFrom: '2021-03-01', validUntil: '2026-02-28' };
  it('is 尚未施行 before, 有效 from the first to the last day, 失效 after', () => {
    expect(validityOf(doc, '2021-02-28')).toBe('NOT_YET_VALID');
    expect(validityOf(doc, '2021-03-01')).toBe('VALID');
    expect(validityOf(doc, '2026-02-28')).toBe('VALID');
    expect(validityOf(doc, '2026-03-01')).toBe('EXPIRED');
    expect(validityOf({ ...doc, validUntil: null }, '2099-01-01')).toBe('VALID');
  });
  it('is not shown for other categories', () => {
    expect(validityOf({ ...doc, category: 'WORK_NEWS' }, '2024-01-01')).toBeNull();
  });
});
