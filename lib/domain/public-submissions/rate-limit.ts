// Per-address rate limits of the public forms and look-ups (fixed windows). A flooding address is
// refused once it has used its window; other addresses have their own buckets and are not affected.
export type RateLimitScope = 'request.submit' | 'report.submit' | 'track.lookup' | 'challenge.use' | 'document.verify';

export type RateLimitRule = { readonly limit: number; readonly windowSeconds: number; readonly message: string };

export const RATE_LIMITS = {
  'request.submit': { limit: 5, windowSeconds: 3600, message: '您提交的申请过于频繁，请一小时后再试' },
  'report.submit': { limit: 5, windowSeconds: 3600, message: '您提交的举报、投诉过于频繁，请一小时后再试' },
  'track.lookup': { limit: 10, windowSeconds: 600, message: '查询过于频繁，请十分钟后再试' },
  'document.verify': { limit: 20, windowSeconds: 600, message: '核验过于频繁，请十分钟后再试' },
  // One served form (its challenge and proof of work) may be sent a few times (to correct a refused
  // entry), not reused for a flood from many addresses. Counted per challenge, from its issue time.
  'challenge.use': { limit: 5, windowSeconds: 3 * 3600, message: '该页面已多次提交，请刷新页面后重新填写' },
} as const satisfies Record<RateLimitScope, RateLimitRule>;

/** The start of the fixed window `nowMs` falls in. */
export function windowStartMs(nowMs: number, windowSeconds: number): number {
  const size = windowSeconds * 1000;
  return Math.floor(nowMs / size) * size;
}

/** Whether the `count`-th use of a window (this one included) is still allowed. */
export function withinLimit(count: number, rule: RateLimitRule): boolean {
  return count <= rule.limit;
}
