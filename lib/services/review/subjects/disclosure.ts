import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/guard';
import { submitForReviewBlockers } from '@/lib/domain/disclosure/rules';
import { disclosureActorOf, reviewSubmitterBlockers } from '@/lib/domain/disclosure/separation';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { CLEARED_SECRECY_CHECK, conflict, findDisclosureOrThrow } from '@/lib/services/disclosure/shared';
import { CATEGORY_NAMES } from '@/lib/domain/disclosure/categories';
import { checklistFor } from '@/lib/domain/review/checkpoints';
import type { ReviewContent } from '@/lib/domain/review/content';
import type { ReviewSubjectAdapter } from '../subject-adapter';
import { isoOfDateColumn } from '../support';

// Disclosures as a subject of the legal-review engine. The engine stores the content hash the
// database computed; an edit after approval changes the hash, so the approval no longer covers it.
export const disclosureReviewAdapter: ReviewSubjectAdapter = {
  type: 'DISCLOSURE',

  async load(tx: Tx, id: string, submitter?: Actor) {
    const disclosure = await findDisclosureOrThrow(tx, id);
    const requiredCategories = await readSetting(tx, 'review.requiredCategories');
    return {
      title: disclosure.title,
      contentHash: disclosure.contentHash,
      checklist: checklistFor('DISCLOSURE', disclosure.category),
      // The author and every editor (Disclosure.editorIds); the database adds the same list itself.
      authorIds: [disclosure.authorId, ...disclosure.editorIds],
      submitBlockers: [
        // Its author or an editor of disclosures sends it, not any staff holding review.submit.
        ...(submitter ? reviewSubmitterBlockers(disclosure, disclosureActorOf(submitter)) : []),
        ...submitForReviewBlockers({ status: disclosure.status, category: disclosure.category, requiredCategories }),
      ],
    };
  },

  // The text as the public detail page will show it, its catalogue metadata and its files.
  async content(tx: Tx, id: string): Promise<ReviewContent> {
    const d = await findDisclosureOrThrow(tx, id);
    const attachments = await tx.attachment.findMany({ where: { disclosureId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const day = (value: Date | null) => (value ? isoOfDateColumn(value) : '');
    return {
      sections: [
        { label: '类别', text: CATEGORY_NAMES[d.category] },
        { label: '标题', text: d.title },
        { label: '摘要', text: d.summary },
        { label: '发布机构', text: d.sourceDepartment },
        { label: '成文日期', text: day(d.formedOn) },
        { label: '文号', text: d.documentNumber ?? '' },
        { label: '主题分类', text: d.topic ?? '' },
        { label: '有效期', text: d.validFrom || d.validUntil ? `${day(d.validFrom)}至${day(d.validUntil)}` : '' },
        { label: '正文', text: d.body },
      ].filter((section) => section.text !== '' || section.label === '正文'),
      publicBody: d.body,
      files: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: Number(a.size), sha256: a.sha256 })),
      evidence: [],
    };
  },

  async onSubmitted(tx: Tx, id: string) {
    const written = await tx.disclosure.updateMany({ where: { id, status: 'SECRECY_CHECKED' }, data: { status: 'IN_REVIEW' } });
    if (written.count !== 1) conflict();
  },

  // Approved → APPROVED (publishable while its content hash is unchanged). Returned or referred →
  // DRAFT: the editor revises, and the revised version is secrecy-checked again before resubmission.
  async onDecided(tx: Tx, id: string, outcome) {
    const written = await tx.disclosure.updateMany({
      where: { id, status: 'IN_REVIEW' },
      data: outcome === 'APPROVED' ? { status: 'APPROVED' } : { status: 'DRAFT', ...CLEARED_SECRECY_CHECK },
    });
    if (written.count !== 1) conflict();
  },
};
