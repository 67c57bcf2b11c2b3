import { describe, expect, it } from 'vitest';
import { approvalOfContent, approvesContent } from './approval';

describe('an approved review of the current content', () => {
  it('is an APPROVED round of exactly the current, non-empty hash', () => {
    expect(approvesContent({ status: 'APPROVED', contentHash: 'h1' }, 'h1')).toBe(true);
    expect(approvesContent({ status: 'APPROVED', contentHash: 'h0' }, 'h1')).toBe(false);
    expect(approvesContent({ status: 'APPROVED', contentHash: '' }, '')).toBe(false);
    for (const status of ['PENDING', 'RETURNED', 'REFERRED', 'SUPERSEDED']) expect(approvesContent({ status, contentHash: 'h1' }, 'h1')).toBe(false);
  });

  it('picks the first covering round of those given (newest first)', () => {
    const rounds = [
      { round: 3, status: 'RETURNED', contentHash: 'h1' },
      { round: 2, status: 'APPROVED', contentHash: 'h1' },
      { round: 1, status: 'APPROVED', contentHash: 'h1' },
    ];
    expect(approvalOfContent(rounds, 'h1')?.round).toBe(2);
    expect(approvalOfContent(rounds, 'h2')).toBeNull();
  });
});
