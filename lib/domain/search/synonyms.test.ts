import { describe, expect, it } from 'vitest';
import { alternativesOf, synonymsOf } from './synonyms';

describe('search synonyms', () => {
  it('accepts the legal term for an everyday word, and nothing extra for other words', () => {
    expect(alternativesOf('养老院')).toEqual(['养老院', '养老机构', '敬老院']);
    expect(synonymsOf('民政')).toEqual([]);
    expect(alternativesOf('民政')).toEqual(['民政']);
  });

  it('treats the names of object properties as ordinary words', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(alternativesOf(word)).toEqual([word]);
  });
});
