import { describe, expect, it } from 'vitest';
import { queryParamText } from './query-param';

describe('queryParamText', () => {
  it('takes the first value, replaces control characters and U+FFFD, trims', () => {
    expect(queryParamText(['a\u0000b', 'c'])).toBe('a b');
    expect(queryParamText('\u0000\u0000')).toBe('');
    expect(queryParamText(' 养老\u007f\uFFFD ')).toBe('养老');
    expect(queryParamText(undefined)).toBe('');
  });
});
