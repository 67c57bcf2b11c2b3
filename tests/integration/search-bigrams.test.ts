import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';

// The database function behind the Chinese search index (migration linear_cjk_bigrams).
async function bigrams(text: string | null): Promise<string[]> {
  const [row] = await getDb().$queryRaw<{ b: string[] }[]>`SELECT cjk_bigrams(${text}) AS b`;
  return [...(row?.b ?? [])].sort();
}

describe('cjk_bigrams', () => {
  it('returns the distinct character pairs, lower-cased, whitespace collapsed', async () => {
    expect(await bigrams('民政 民政  Ab')).toEqual([' a', ' 民', 'ab', '政 ', '民政'].sort());
  });

  it('returns an empty array for empty, one-character and missing text', async () => {
    expect(await bigrams('')).toEqual([]);
    expect(await bigrams('x')).toEqual([]);
    expect(await bigrams(null)).toEqual([]);
  });

  it('covers every pair of a long document, whatever its length', async () => {
    const text = '区民政局开展养老服务工作。'.repeat(1500) + '末尾';
    const result = await bigrams(text);
    expect(result).toContain('末尾');
    expect(result).toContain('。区');
    // 12 pairs inside the phrase, '。区' where it repeats, then '。末' and '末尾'.
    expect(result).toHaveLength(15);
  });
});
