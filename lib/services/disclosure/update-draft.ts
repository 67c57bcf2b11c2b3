import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { editBlockers } from '@/lib/domain/disclosure/rules';
import { contentChanged, statusAfterEdit } from '@/lib/domain/disclosure/workflow';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { UpdateDisclosureInput } from '@/lib/schemas/disclosure';
import { refuseFutureFormedOn } from './create-draft';
import { auditSnapshot, catalogueColumns, CLEARED_SECRECY_CHECK, conflict, contentOf, editedBy } from './shared';
import { findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

// Saves the editor's version. Changing anything the public sees after a secrecy check or an
// approval sends the item back to DRAFT: neither covers the new version (the database ties the
// approval to the content hash, which it recomputes on this update).
export async function updateDraft(db: Db, actor: Actor, input: UpdateDisclosureInput, now: Date = new Date()) {
  assertCan(actor, 'disclosure.draft');
  refuseFutureFormedOn(input.formedOn, now);
  return db.$transaction(async (tx) => {
    const before = await findDisclosureOrThrow(tx, input.id);
    refuseIfBlocked(editBlockers(before.status));
    if (before.updatedAt.toISOString() !== new Date(input.expectedUpdatedAt).toISOString()) conflict();
    const { id: _id, expectedUpdatedAt: _version, ...content } = input;
    const changed = contentChanged(contentOf(before), { ...content, ...normalisedMetadata(content) });
    if (!changed) return { disclosure: before, changed: false, statusReset: false };
    const status = statusAfterEdit(before.status, changed);
    const requiredCategories = await readSetting(tx, 'review.requiredCategories');
    const written = await tx.disclosure.updateMany({
      where: { id: before.id, status: before.status, updatedAt: before.updatedAt },
      data: {
        ...content,
        formedOn: toDateColumn(content.formedOn),
        ...catalogueColumns(content),
        requiresReview: requiresReview(content.category, requiredCategories),
        status,
        ...CLEARED_SECRECY_CHECK,
        ...editedBy(before, actor.id),
      },
    });
    if (written.count !== 1) conflict();
    const disclosure = await findDisclosureOrThrow(tx, before.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'disclosure.update',
      entityType: 'Disclosure',
      entityId: disclosure.id,
      before: auditSnapshot(before),
      after: auditSnapshot(disclosure),
    });
    return { disclosure, changed: true, statusReset: before.status !== 'DRAFT' };
  });
}

// Validity dates are kept only on normative documents: compare what will be stored.
function normalisedMetadata(content: Omit<UpdateDisclosureInput, 'id' | 'expectedUpdatedAt'>) {
  const normative = content.category === 'NORMATIVE_DOCUMENT';
  return {
    documentNumber: content.documentNumber ?? '',
    topic: content.topic ?? '',
    validFrom: normative ? (content.validFrom ?? '') : '',
    validUntil: normative ? (content.validUntil ?? '') : '',
  };
}
