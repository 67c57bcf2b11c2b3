import 'server-only';
import type { Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import type { OfficerPeriodKind } from '@/lib/generated/prisma/client';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';

type Flags = { active: boolean; isLegalStaff: boolean };
const KIND_OF: Record<OfficerPeriodKind, keyof Flags> = { SERVICE: 'active', LEGAL_STAFF: 'isLegalStaff' };

/**
 * Keeps the officer's dated periods in step with the two flags, in the caller's transaction: a flag
 * turned off closes the open period on `now`'s Shanghai day, a flag turned on opens a new one. A new
 * officer's periods run from before the ledger (fromOn NULL): the day a record was typed in is not
 * the day the person took office. Past years' figures read these periods, never the flags.
 */
export async function syncOfficerPeriods(tx: Tx, officerId: string, before: Flags | null, after: Flags, now: Date) {
  const today = isoToDbDate(toShanghaiDate(now));
  for (const kind of Object.keys(KIND_OF) as OfficerPeriodKind[]) {
    const flag = KIND_OF[kind];
    if (before?.[flag] === after[flag]) continue;
    if (after[flag]) {
      await tx.officerPeriod.create({ data: { officerId, kind, fromOn: before ? today : null } });
    } else if (before) {
      await tx.officerPeriod.updateMany({ where: { officerId, kind, toOn: null }, data: { toOn: today } });
    }
  }
}
