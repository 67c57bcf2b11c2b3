import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { PENALTY_LAW_ART_58 } from '@/lib/domain/review/can-decide';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordLegalQualificationInput } from '@/lib/schemas/legal-affairs';
import { notFound } from '@/lib/services/review/support';

/**
 * Records a legal reviewer's legal-profession qualification (法律职业资格证书编号), which a
 * first-time reviewer must hold (行政处罚法第五十八条). Someone else records it: nobody certifies
 * themselves.
 */
export async function recordLegalQualification(db: Db, actor: Actor, input: RecordLegalQualificationInput) {
  assertCan(actor, 'legalAffairs.manage');
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, roles: true, legalQualificationNo: true } });
    if (!user) notFound();
    const blockers: Blocker[] = [];
    if (user.id === actor.id) blockers.push({ code: 'SELF_CERTIFICATION', message: '不能为本人登记法律职业资格，请由他人登记' });
    if (!user.roles.includes('LEGAL_REVIEWER')) {
      blockers.push({ code: 'NOT_LEGAL_REVIEWER', message: '只能为法制审核人员登记法律职业资格', citation: PENALTY_LAW_ART_58 });
    }
    refuseIfBlocked(blockers);
    await tx.user.update({ where: { id: user.id }, data: { legalQualificationNo: input.qualificationNo } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.setLegalQualification',
      entityType: 'User',
      entityId: user.id,
      before: { legalQualificationNo: user.legalQualificationNo },
      after: { legalQualificationNo: input.qualificationNo },
    });
    return { id: user.id };
  });
}
