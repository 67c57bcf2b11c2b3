import { describe, expect, it } from 'vitest';
import { formatFileSize as formatSize, formatSizeLimit } from '@/lib/i18n/format-size';
import { formatShanghaiDateTime } from './format';

describe('evidence display helpers', () => {
  it('formats sizes', () => {
    expect(formatSize(512)).toBe('512 字节');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(350 * 1024 * 1024)).toBe('350.0 MB');
    expect(formatSize(3 * 1024 * 1024 * 1024)).toBe('3.00 GB');
    expect(formatSizeLimit(8 * 1024 * 1024)).toBe('8MB');
    expect(formatSizeLimit(300)).toBe('300字节');
  });

  it('shows instants in Beijing time', () => {
    expect(formatShanghaiDateTime(new Date('2021-05-06T16:30:00Z'))).toBe('2021-05-07 00:30');
  });
});
