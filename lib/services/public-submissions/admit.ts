import 'server-only';
import type { Db } from '@/lib/db';
import { admissionBlockers } from '@/lib/domain/public-submissions/admission';
import type { RateLimitScope } from '@/lib/domain/public-submissions/rate-limit';
import { refuseIfBlocked } from '@/lib/rule-error';
import { challengeIssuedAt, proofBits } from './challenge';
import { consumeRateLimit } from './rate-limit';

// The fields every public form carries besides its own (see components of /apply and /report).
export type FormGuard = { website: string; challenge: string; nonce: string };

/**
 * Throttles the address, refuses bots (honeypot, forged/expired challenge, too fast without proof),
 * then counts the use of the challenge so one served form cannot be replayed for a flood.
 */
export async function admitPublicSubmission(db: Db, scope: RateLimitScope, address: string, guard: FormGuard, now: Date = new Date()) {
  await consumeRateLimit(db, scope, address, now);
  const issuedAt = challengeIssuedAt(guard.challenge);
  refuseIfBlocked(
    admissionBlockers({
      honeypot: guard.website,
      challengeIssuedAtMs: issuedAt,
      proofBits: proofBits(guard.challenge, guard.nonce),
      nowMs: now.getTime(),
    }),
  );
  await consumeRateLimit(db, 'challenge.use', guard.challenge, now, new Date(issuedAt!));
}
