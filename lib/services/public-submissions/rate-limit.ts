import 'server-only';
import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db';
import { RATE_LIMITS, windowStartMs, withinLimit, type RateLimitScope } from '@/lib/domain/public-submissions/rate-limit';
import { AppError } from '@/lib/errors';

// Per-address throttle kept in PostgreSQL (PublicRateLimitBucket), so every process of the portal
// counts in the same buckets. Only a hash of scope + address is stored, never the address.
// Each use is committed on its own (before the submission's transaction): refused and invalid
// attempts count too, which is what throttles a flood.

export function bucketKey(scope: RateLimitScope, address: string): string {
  return createHash('sha256').update(`${scope}|${address}`).digest('hex');
}

/**
 * Counts one use by `address` (or any subject, e.g. a challenge); throws a Chinese AppError once it
 * has used its window. `anchor` pins the window (a challenge is counted from its issue time).
 */
export async function consumeRateLimit(db: Db, scope: RateLimitScope, address: string, now: Date = new Date(), anchor?: Date): Promise<void> {
  const rule = RATE_LIMITS[scope];
  const windowStart = anchor ?? new Date(windowStartMs(now.getTime(), rule.windowSeconds));
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "PublicRateLimitBucket" ("key", "windowStart", "count")
    VALUES (${bucketKey(scope, address)}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "PublicRateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  if (!withinLimit(count, rule)) throw new AppError({ code: 'RULE_VIOLATION', userMessage: rule.message });
  // Old windows are of no further use; the occasional cleanup keeps the table small.
  if (count === 1) {
    await db.publicRateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
  }
}

/**
 * The address a request came from. Next.js fills x-forwarded-for from the socket only when the
 * request does not already carry one, so the header is trustworthy only when a reverse proxy we
 * run overwrites or appends it: PUBLIC_TRUSTED_PROXY_HOPS=n (default 0) takes the n-th entry from
 * the right, the address our outermost proxy saw; with 0, the last entry (the socket, as Next.js
 * filled it, when nothing is in front of the portal).
 */
export function clientAddress(forwardedFor: string | null, hops: number = Number(process.env.PUBLIC_TRUSTED_PROXY_HOPS ?? 0)): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'unknown';
  const index = Number.isInteger(hops) && hops > 0 ? Math.max(entries.length - hops, 0) : entries.length - 1;
  return entries[index]!;
}
