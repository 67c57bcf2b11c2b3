import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { canConcludeMatter, type MatterKind } from '@/lib/domain/review/matter-status';
import { loadDecisionProcedures, procedureRecords } from '@/lib/queries/matters/decision-procedures';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { ConcludeMatterInput } from '@/lib/schemas/legal-affairs';
import { hasApprovedReview } from '@/lib/queries/review/find-approved-review';
import { loadReviewSubject } from '@/lib/queries/review/subjects';
import { moveMatter, readMatterStatus } from './matter-store';
import { toDateColumn } from '@/lib/domain/calendar/date-column';
import { MATTER_ENTITY } from '@/lib/queries/matters/matter-record';

/**
 * Records that a major decision was made (决策) or a contract signed (签订): only with an approved
 * legal review of exactly the current content (《重大行政决策程序暂行条例》第二十五条) and, for a
 * decision, every other statutory procedure on record (lib/domain/major-decision/procedures.ts).
 */
export async function concludeMatter(db: Db, actor: Actor, input: ConcludeMatterInput & { kind: MatterKind }, now = new Date()) {
  assertCan(actor, 'matters.draft');
  return db.$transaction(async (tx) => {
    const status = await readMatterStatus(tx, input.kind, input.id);
    const approvedCurrent = await approvedAsItIsNow(tx, input.kind, input.id);
    const procedures = input.kind === 'MAJOR_ADMIN_DECISION' ? procedureRecords(await loadDecisionProcedures(tx, input.id)) : undefined;
    refuseIfBlocked(canConcludeMatter({ kind: input.kind, status, approvedCurrent, ...(procedures ? { procedures } : {}) }));
    const today = toShanghaiDate(now);
    await moveMatter(tx, input.kind, input.id, 'CONCLUDED', input.kind === 'MAJOR_ADMIN_DECISION' ? { decidedOn: toDateColumn(today) } : {});
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.kind === 'MAJOR_ADMIN_DECISION' ? 'decision.conclude' : 'contract.sign',
      entityType: MATTER_ENTITY[input.kind],
      entityId: input.id,
      before: { status },
      after: { status: 'CONCLUDED', on: today },
    });
    return { id: input.id, status: 'CONCLUDED' as const };
  });
}

async function approvedAsItIsNow(tx: Tx, kind: MatterKind, id: string): Promise<boolean> {
  const subject = await loadReviewSubject(tx, kind, id);
  return hasApprovedReview(tx, { subjectType: kind, subjectId: id, contentHash: subject.contentHash });
}
