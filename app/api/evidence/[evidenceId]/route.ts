import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { findEvidenceFile } from '@/lib/queries/evidence/case-evidence';
import { canViewEvidence } from '@/lib/queries/evidence/evidence-access';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { fileResponse } from '@/lib/http/file-response';

// Download of one evidence file: only officers on the case, the director and legal reviewers.
// Checked against the database on every request; always an attachment, never rendered.
export const dynamic = 'force-dynamic';

const json = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status, headers: { 'Cache-Control': 'no-store' } });

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const actor = await currentActor();
  if (!actor) return json(401, messages.errors.unauthenticated);
  const { evidenceId } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(evidenceId)) return json(404, messages.evidence.errors.evidenceNotFound);
  const db = getDb();
  const item = await findEvidenceFile(db, evidenceId);
  if (!item) return json(404, messages.evidence.errors.evidenceNotFound);
  if (!(await canViewEvidence(db, actor, item.caseId))) return json(403, messages.errors.forbidden);
  let file: Readable;
  try {
    file = await getAttachmentStore().get(item.storageKey);
  } catch {
    return json(404, messages.evidence.errors.evidenceNotFound);
  }
  return fileResponse(file, item);
}
