import 'server-only';
import type { Tx } from '@/lib/db';
import type { CaseRow } from '@/lib/queries/enforcement/case-state';
import { onBanCaseClosed } from './watchlist-exposure';

/** Runs in the transaction that closes a case: a closed ban case puts the organisation on the exposure list. */
export async function onCaseClosed(tx: Tx, args: { row: Pick<CaseRow, 'id' | 'type'>; actorId: string; now: Date }): Promise<void> {
  if (args.row.type === 'ILLEGAL_SOCIAL_ORG_BAN') {
    await onBanCaseClosed(tx, { caseId: args.row.id, actorId: args.actorId, now: args.now });
  }
}
