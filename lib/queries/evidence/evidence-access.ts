import 'server-only';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';

/** Who may see a case's evidence files: the director, legal reviewers, and officers on the case. */
export async function canViewEvidence(db: Db, actor: Actor, caseId: string): Promise<boolean> {
  if (actor.roles.includes('DIRECTOR') || actor.roles.includes('LEGAL_REVIEWER')) return true;
  const assignment = await db.caseOfficer.findFirst({ where: { caseId, officer: { userId: actor.id } }, select: { caseId: true } });
  return assignment !== null;
}

/** Whether the actor may add evidence to the case now: 'case.work', on the case, case not closed. */
export async function canUploadEvidence(db: Db, actor: Actor, caseId: string): Promise<boolean> {
  if (!can(actor.roles, 'case.work')) return false;
  const kase = await db.enforcementCase.findUnique({ where: { id: caseId }, select: { state: true, closedOn: true } });
  if (!kase || kase.state === 'CLOSED' || kase.closedOn !== null) return false;
  const assignment = await db.caseOfficer.findFirst({ where: { caseId, officer: { userId: actor.id } }, select: { caseId: true } });
  return assignment !== null;
}
