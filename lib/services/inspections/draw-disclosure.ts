import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Tx } from '@/lib/db';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import type { DrawPublicationInput } from '@/lib/domain/inspections';
import { drawPublication } from '@/lib/domain/inspections';
import { messages } from '@/lib/i18n/messages';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Publishes a random draw through the disclosure workflow: a DRAFT disclosure in category
 * ENFORCEMENT_PUBLICITY (执法公示) holding seed, pools, algorithm and result, which the disclosure
 * staff then secrecy-check and publish as usual.
 *
 * The disclosure area's `createDraft` (lib/services/disclosure/create-draft.ts) needs the
 * 'disclosure.draft' permission (EDITOR) and opens its own transaction, while a draw is run by an
 * officer and its publication must commit with it. Until that area offers a variant taking a
 * transaction (e.g. `createDraftInTx(tx, { authorId, input, now })`), this writes the same row and
 * audit event its createDraft writes, inside the draw's transaction.
 */
export async function createDrawDisclosureDraft(tx: Tx, options: { authorId: string; drawId: string; publication: DrawPublicationInput }): Promise<{ id: string }> {
  const content = drawPublication(options.publication);
  const requiredCategories = await readSetting(tx, 'review.requiredCategories');
  const disclosure = await tx.disclosure.create({
    data: {
      category: 'ENFORCEMENT_PUBLICITY',
      title: content.title,
      summary: content.summary,
      body: `${content.body}\n\n抽取记录编号：${options.drawId}`,
      sourceDepartment: messages.site.bureau,
      formedOn: toDateColumn(options.publication.drawnOn),
      requiresReview: requiresReview('ENFORCEMENT_PUBLICITY', requiredCategories),
      authorId: options.authorId,
    },
    select: { id: true, title: true, status: true, category: true, formedOn: true, contentHash: true, sourceDepartment: true },
  });
  await recordAudit(tx, {
    actorId: options.authorId,
    action: 'disclosure.create',
    entityType: 'Disclosure',
    entityId: disclosure.id,
    after: {
      category: disclosure.category,
      title: disclosure.title,
      status: disclosure.status,
      contentHash: disclosure.contentHash,
      sourceDepartment: disclosure.sourceDepartment,
      formedOn: options.publication.drawnOn,
      source: { type: 'RandomDraw', id: options.drawId },
    },
  });
  return { id: disclosure.id };
}
