import { describe, expect, it } from 'vitest';
import { cjkBigrams, isQueryTooLong, parseSearchQuery } from './query';

describe('parseSearchQuery', () => {
  it('a two-character word is one bigram and needs no recheck', () => {
    expect(parseSearchQuery('养老')).toEqual({ terms: ['养老'], bigrams: ['养老'], recheckTerms: [] });
  });

  it('longer words give all their bigrams and are rechecked; single characters are LIKE only', () => {
    expect(parseSearchQuery(' 养老服务  民 ')).toEqual({
      terms: ['养老服务', '民'],
      bigrams: ['养老', '老服', '服务'],
      recheckTerms: ['养老服务', '民'],
    });
  });

  it('lower-cases, splits on Chinese punctuation, drops duplicates, and ignores empty input', () => {
    expect(parseSearchQuery('ABC，abc；养老')?.terms).toEqual(['abc', '养老']);
    expect(parseSearchQuery('   ')).toBeNull();
    expect(parseSearchQuery(undefined)).toBeNull();
  });

  it('bounds the work a query can ask for', () => {
    const query = parseSearchQuery('一二 三四 五六 七八 九十 甲乙 丙丁');
    expect(query?.terms).toHaveLength(5);
    expect(Array.from(parseSearchQuery('长'.repeat(500))!.terms[0]!)).toHaveLength(40);
  });
});

describe('cjkBigrams', () => {
  it('matches the SQL function: lower-cased, whitespace collapsed, distinct', () => {
    expect(cjkBigrams('  A b  ').sort()).toEqual([' a', ' b', 'a ', 'b '].sort());
    expect(cjkBigrams('民政民政').sort()).toEqual(['政民', '民政']);
    expect(cjkBigrams('x')).toEqual([]);
  });
});

describe('visitor input the database cannot take', () => {
  it('treats control characters and U+FFFD as separators, so no NUL byte reaches SQL', () => {
    expect(parseSearchQuery('\u0000\u0000')).toBeNull();
    expect(parseSearchQuery('养老\u0000服务\u0007\uFFFD')?.terms).toEqual(['养老', '服务']);
  });
  it('says when the input is longer than the search reads', () => {
    expect(isQueryTooLong('养'.repeat(40))).toBe(false);
    expect(isQueryTooLong('养'.repeat(41))).toBe(true);
  });
});
