import { describe, expect, it } from 'vitest';
import { formatShanghaiDateTime, formatSize } from './format';

describe('evidence display helpers', () => {
  it('formats sizes', () => {
    expect(formatSize(512)).toBe('512 字节');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(350 * 1024 * 1024)).toBe('350.0 MB');
    expect(formatSize(3 * 1024 * 1024 * 1024)).toBe('3.00 GB');
  });

  it('shows instants in Beijing time', () => {
    expect(formatShanghaiDateTime(new Date('2021-05-06T16:30:00Z'))).toBe('2021-05-07 00:30');
  });
});
