import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { templateBlockers, type DocumentTemplateContent } from '@/lib/domain/enforcement-documents/templates';
import type { DocumentType } from '@/lib/domain/enforcement-documents/types';
import { currentTemplate } from '@/lib/queries/enforcement/documents';
import { refuseIfBlocked } from '@/lib/rule-error';

// A template change is a new version (DocumentTemplate rows are never updated): documents already
// generated keep the content and files they were generated with.
export async function saveDocumentTemplate(db: Db, actor: Actor, input: { type: DocumentType; content: DocumentTemplateContent }) {
  assertCan(actor, 'case.configure');
  refuseIfBlocked(templateBlockers(input.content));
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`document-template:${input.type}`}))`;
    const previous = await currentTemplate(tx, input.type);
    const row = await tx.documentTemplate.create({
      data: { type: input.type, version: previous.version + 1, content: input.content as object, createdById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.documentTemplate',
      entityType: 'DocumentTemplate',
      entityId: row.id,
      before: { version: previous.version },
      after: { type: input.type, version: row.version },
    });
    return { id: row.id, version: row.version };
  });
}
