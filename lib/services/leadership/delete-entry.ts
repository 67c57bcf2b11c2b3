import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { deleteLeadershipEntrySchema, type DeleteLeadershipEntryInput } from '@/lib/schemas/leadership';
import { parseOrThrow } from '@/lib/validation';
import { notFound } from './shared';

const TABLES = {
  decision: { entityType: 'CollectiveDecision', remove: (tx: Tx, id: string) => tx.collectiveDecision.delete({ where: { id } }) },
  activity: { entityType: 'LeadershipActivity', remove: (tx: Tx, id: string) => tx.leadershipActivity.delete({ where: { id } }) },
  responsibility: { entityType: 'RuleOfLawResponsibility', remove: (tx: Tx, id: string) => tx.ruleOfLawResponsibility.delete({ where: { id } }) },
  assessment: { entityType: 'AssessmentItem', remove: (tx: Tx, id: string) => tx.assessmentItem.delete({ where: { id } }) },
} as const;

/** Removes a register entry entered by mistake; the audit row keeps what it said. */
export async function deleteLeadershipEntry(db: Db, actor: Actor, input: DeleteLeadershipEntryInput) {
  assertCan(actor, 'leadership.record');
  const data = parseOrThrow(deleteLeadershipEntrySchema, input);
  const table = TABLES[data.entry];
  return db.$transaction(async (tx) => {
    const removed = await table.remove(tx, data.entryId).catch((error: unknown) => {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2025') notFound('该条目不存在或已删除');
      throw error;
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'leadership.deleteEntry',
      entityType: table.entityType,
      entityId: data.entryId,
      before: JSON.parse(JSON.stringify(removed)),
    });
  });
}
