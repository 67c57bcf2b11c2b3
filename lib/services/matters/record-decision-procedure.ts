import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { procedureRecordBlockers } from '@/lib/domain/major-decision/procedures';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordDecisionProcedureInput } from '@/lib/schemas/legal-affairs';
import { conflict, notFound } from '@/lib/services/review/support';
import { toDateColumn } from '@/lib/domain/calendar/date-column';
import { matterStatus } from '@/lib/queries/matters/matter-record';

/**
 * Records one statutory procedure of a major administrative decision (公众参与, 专家论证, 风险评估,
 * 集体讨论决定 linked to the leadership register's collective decision) or, after the decision,
 * its post-implementation evaluation. Each is recorded once and kept (the database role cannot
 * change or remove it).
 */
export async function recordDecisionProcedure(db: Db, actor: Actor, input: RecordDecisionProcedureInput, now = new Date()) {
  assertCan(actor, 'matters.draft');
  return db.$transaction(async (tx) => {
    const decision = await tx.majorAdminDecision.findUnique({ where: { id: input.decisionId }, select: { id: true, status: true } });
    if (!decision) notFound();
    const record = {
      heldFrom: input.heldFrom ?? null,
      heldTo: input.heldTo ?? null,
      summary: input.summary,
      exemptionReason: input.exemptionReason ?? null,
      collectiveDecisionId: input.collectiveDecisionId ?? null,
    };
    refuseIfBlocked(procedureRecordBlockers(input.kind, record, matterStatus(decision.status) === 'CONCLUDED'));
    if (record.collectiveDecisionId && !(await tx.collectiveDecision.findUnique({ where: { id: record.collectiveDecisionId }, select: { id: true } }))) {
      refuseIfBlocked([{ code: 'decision.procedure.collectiveMissing', message: '所关联的领导班子集体决策记录不存在' }]);
    }
    if (await tx.decisionProcedure.findUnique({ where: { decisionId_kind: { decisionId: decision.id, kind: input.kind } }, select: { id: true } })) {
      conflict('该程序已登记，不能重复登记。');
    }
    const row = await tx.decisionProcedure.create({
      data: {
        decisionId: decision.id,
        kind: input.kind,
        heldFrom: record.heldFrom ? toDateColumn(record.heldFrom) : null,
        heldTo: record.heldTo ? toDateColumn(record.heldTo) : null,
        summary: record.summary,
        exemptionReason: record.exemptionReason,
        collectiveDecisionId: record.collectiveDecisionId,
        recordedById: actor.id,
        recordedAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'decision.procedure',
      entityType: 'MajorAdminDecision',
      entityId: decision.id,
      after: { procedureId: row.id, kind: input.kind, ...record },
    });
    return row;
  });
}
