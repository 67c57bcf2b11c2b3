import { currentActor } from '@/lib/auth/current-actor';
import { getDb, type Db } from '@/lib/db';
import { refuseJson } from '@/lib/http/route-handler';
import { messages } from '@/lib/i18n/messages';
import { canViewEvidence } from '@/lib/queries/evidence/evidence-access';

/**
 * The case file's exports (the PDF and the evidence zip) share the evidence files' access rule:
 * officers on the case, the director and legal reviewers, checked against the database on every
 * request. Returns the database handle and case id, or the refusal to send.
 */
export async function caseFileAccess(params: Promise<{ caseId: string }>): Promise<{ db: Db; caseId: string } | Response> {
  const actor = await currentActor();
  if (!actor) return refuseJson(401, messages.errors.unauthenticated);
  const { caseId } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(caseId)) return refuseJson(404, messages.errors.notFound);
  const db = getDb();
  if (!(await canViewEvidence(db, actor, caseId))) return refuseJson(403, messages.errors.forbidden);
  return { db, caseId };
}
