import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { addWorkingDays, toShanghaiDate } from '@/lib/domain/calendar';
import { inspectionBlockers } from '@/lib/domain/inspections';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { loadInspectorFacts } from '@/lib/queries/inspections/inspectors';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordInspectionInput } from '@/lib/schemas/inspections';
import { notFound } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Records an inspection with its inspectors, items checked and findings. The rules (two qualified
 * inspectors on the inspection day, no declared conflict, partners for a joint inspection) are
 * re-checked on rows read inside the transaction. Each finding opens a rectification order due
 * N working days after the inspection ('inspection.rectificationWorkingDays').
 */
export async function recordInspection(db: Db, actor: Actor, input: RecordInspectionInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  const t = messages.inspections.errors;
  const inspectorIds = [...new Set(input.inspectorIds)];
  const partners = [...new Set(input.partnerDepartments)];
  return db.$transaction(async (tx) => {
    const entity = await tx.supervisedEntity.findUnique({ where: { id: input.entityId }, select: { id: true, name: true, active: true } });
    if (!entity) notFound(t.entityNotFound);
    const blockers: Blocker[] = [];
    if (input.planId !== undefined) {
      const plan = await tx.inspectionPlan.findUnique({ where: { id: input.planId }, select: { year: true } });
      if (!plan) notFound(t.planNotFound);
      if (Number(input.inspectedOn.slice(0, 4)) !== plan.year) {
        blockers.push({ code: 'PLAN_YEAR_MISMATCH', message: t.planYearMismatch(plan.year) });
      }
    }
    const { facts, missing } = await loadInspectorFacts(tx, { officerIds: inspectorIds, entityId: entity.id });
    if (missing.length > 0) {
      throw new AppError({ code: 'NOT_FOUND', userMessage: t.inspectorsNotFound, fieldErrors: { inspectorIds: [t.inspectorsNotFound] } });
    }
    blockers.push(
      ...inspectionBlockers({
        kind: input.inspectionKind,
        inspectedOn: input.inspectedOn,
        today: toShanghaiDate(now),
        entityActive: entity.active,
        inspectors: facts,
        partnerDepartments: partners,
      }),
    );
    refuseIfBlocked(blockers);

    const days = await readSetting(tx, 'inspection.rectificationWorkingDays');
    const calendar = await loadWorkingCalendar(tx);
    const due = addWorkingDays({ start: input.inspectedOn, days, calendar }).due;
    const inspection = await tx.inspection.create({
      data: {
        entityId: entity.id,
        planId: input.planId ?? null,
        kind: input.inspectionKind,
        onSite: input.onSite,
        inspectedOn: toDateColumn(input.inspectedOn),
        itemsChecked: input.itemsChecked,
        partnerDepartments: partners,
        summary: input.inspectionSummary,
        createdById: actor.id,
        createdAt: now,
        inspectors: { create: inspectorIds.map((officerId) => ({ officerId })) },
        findings: {
          create: input.findings.map((description) => ({ description, rectification: { create: { dueOn: toDateColumn(due) } } })),
        },
      },
      select: { id: true, findings: { select: { id: true, description: true, rectification: { select: { id: true } } } } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'inspection.record',
      entityType: 'Inspection',
      entityId: inspection.id,
      after: {
        entityId: entity.id,
        planId: input.planId ?? null,
        kind: input.inspectionKind,
        inspectedOn: input.inspectedOn,
        onSite: input.onSite,
        inspectorIds,
        partnerDepartments: partners,
        itemsChecked: input.itemsChecked,
        findings: inspection.findings.map((f) => ({ description: f.description, rectificationId: f.rectification?.id ?? null })),
        rectificationDueOn: input.findings.length > 0 ? due : null,
      },
    });
    return { id: inspection.id, rectificationIds: inspection.findings.flatMap((f) => (f.rectification ? [f.rectification.id] : [])), dueOn: due };
  });
}
