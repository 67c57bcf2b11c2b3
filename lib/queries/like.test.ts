import { describe, expect, it } from 'vitest';
import { containsPattern, containsText, equalsIgnoringCase, escapeLike } from './like';

describe('LIKE escaping', () => {
  it("escapes LIKE's wildcards and its escape character", () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
    expect(containsText('%%')).toEqual({ contains: '\\%\\%' });
    expect(equalsIgnoringCase('a_b')).toEqual({ equals: 'a\\_b', mode: 'insensitive' });
  });
  it('leaves ordinary text alone', () => {
    expect(escapeLike('民政 ABC-1')).toBe('民政 ABC-1');
  });
});
