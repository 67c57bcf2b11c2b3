import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar';
import type { ProcedureRecord, RecordedProcedureKind } from '@/lib/domain/major-decision/procedures';

export type ProcedureView = ProcedureRecord & {
  kind: RecordedProcedureKind;
  collectiveDecision: { heldOn: IsoDate; topic: string; outcome: string } | null;
  recordedAt: Date;
};

const iso = (date: Date | null): IsoDate | null => (date ? date.toISOString().slice(0, 10) : null);

/**
 * The one fact loader of the procedure rule (lib/domain/major-decision/procedures.ts): the decision
 * page explains with it and the conclude service refuses with it.
 */
export async function loadDecisionProcedures(db: Db | Tx, decisionId: string): Promise<ProcedureView[]> {
  const rows = await db.decisionProcedure.findMany({
    where: { decisionId },
    orderBy: { recordedAt: 'asc' },
    include: { collectiveDecision: { select: { heldOn: true, topic: true, outcome: true } } },
  });
  return rows.map((row) => ({
    kind: row.kind,
    heldFrom: iso(row.heldFrom),
    heldTo: iso(row.heldTo),
    summary: row.summary,
    exemptionReason: row.exemptionReason,
    collectiveDecisionId: row.collectiveDecisionId,
    collectiveDecision: row.collectiveDecision
      ? { heldOn: iso(row.collectiveDecision.heldOn)!, topic: row.collectiveDecision.topic, outcome: row.collectiveDecision.outcome }
      : null,
    recordedAt: row.recordedAt,
  }));
}

export function procedureRecords(views: readonly ProcedureView[]): Partial<Record<RecordedProcedureKind, ProcedureRecord>> {
  return Object.fromEntries(views.map((view) => [view.kind, view]));
}

/** The leadership register's collective decisions a 集体讨论决定 may link, newest first. */
export async function listCollectiveDecisionChoices(db: Db): Promise<{ id: string; label: string }[]> {
  const rows = await db.collectiveDecision.findMany({ orderBy: [{ heldOn: 'desc' }, { id: 'asc' }], take: 200, select: { id: true, heldOn: true, topic: true } });
  return rows.map((row) => ({ id: row.id, label: `${iso(row.heldOn)} ${row.topic}` }));
}
