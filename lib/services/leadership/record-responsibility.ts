import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAssessmentItemSchema, recordResponsibilitySchema, type RecordAssessmentItemInput, type RecordResponsibilityInput } from '@/lib/schemas/leadership';
import { parseOrThrow } from '@/lib/validation';

/** Who answers for rule-of-law work in a year (主要领导 / 分管领导 / 股室负责人). One principal per year. */
export async function recordResponsibility(db: Db, actor: Actor, input: RecordResponsibilityInput) {
  assertCan(actor, 'leadership.record');
  const data = parseOrThrow(recordResponsibilitySchema, input);
  return db.$transaction(async (tx) => {
    if (data.level === 'PRINCIPAL') {
      const existing = await tx.ruleOfLawResponsibility.findFirst({ where: { year: data.year, level: 'PRINCIPAL' }, select: { personName: true } });
      if (existing) {
        throw new AppError({
          code: 'CONFLICT',
          userMessage: `${data.year}年度已登记主要领导（第一责任人）${existing.personName}，如有变动请先删除原条目`,
          fieldErrors: { level: ['该年度已登记主要领导'] },
        });
      }
    }
    const row = await tx.ruleOfLawResponsibility.create({ data });
    await recordAudit(tx, { actorId: actor.id, action: 'leadership.recordResponsibility', entityType: 'RuleOfLawResponsibility', entityId: row.id, after: { ...data } });
    return row;
  });
}

/** An item of the internal assessment (法治建设纳入内部考核) and how it was assessed. */
export async function recordAssessmentItem(db: Db, actor: Actor, input: RecordAssessmentItemInput) {
  assertCan(actor, 'leadership.record');
  const data = parseOrThrow(recordAssessmentItemSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.assessmentItem.create({ data });
    await recordAudit(tx, { actorId: actor.id, action: 'leadership.recordAssessmentItem', entityType: 'AssessmentItem', entityId: row.id, after: { ...data } });
    return row;
  });
}
