import { describe, expect, it } from 'vitest';
import { chineseNumeral, coercionLaw, penaltyLaw } from './citations';

describe('chineseNumeral', () => {
  it('writes article numbers as the law does', () => {
    expect(chineseNumeral(1)).toBe('一');
    expect(chineseNumeral(10)).toBe('十');
    expect(chineseNumeral(12)).toBe('十二');
    expect(chineseNumeral(20)).toBe('二十');
    expect(chineseNumeral(42)).toBe('四十二');
    expect(chineseNumeral(85)).toBe('八十五');
    expect(chineseNumeral(100)).toBe('一百');
    expect(chineseNumeral(105)).toBe('一百零五');
    expect(chineseNumeral(110)).toBe('一百一十');
    expect(chineseNumeral(999)).toBe('九百九十九');
  });

  it('refuses numbers that are not article numbers', () => {
    for (const n of [0, -1, 1.5, 1000, Number.NaN]) expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe('citations', () => {
  it('cites one or several articles of the Penalty Law', () => {
    expect(penaltyLaw(42)).toBe('《中华人民共和国行政处罚法》第四十二条');
    expect(penaltyLaw(44, 62)).toBe('《中华人民共和国行政处罚法》第四十四条、第六十二条');
    expect(penaltyLaw([33, 1])).toBe('《中华人民共和国行政处罚法》第三十三条第一款');
  });

  it('cites the Administrative Coercion Law', () => {
    expect(coercionLaw(18)).toBe('《中华人民共和国行政强制法》第十八条');
  });

  it('refuses an empty citation', () => {
    expect(() => penaltyLaw()).toThrow(RangeError);
  });
});
