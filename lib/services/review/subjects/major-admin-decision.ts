import 'server-only';
import type { Tx } from '@/lib/db';
import { matterSubmitBlockers } from '@/lib/domain/review/matter-status';
import { majorDecisionHash, matterAuthorIds, matterStatus, moveMatter } from '@/lib/services/matters/matter-store';
import { notFound } from '../support';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// 重大行政决策 as a review subject: DRAFT → IN_REVIEW → APPROVED / RETURNED / REFERRED.
export const majorAdminDecisionReviewAdapter: ReviewSubjectAdapter = {
  type: 'MAJOR_ADMIN_DECISION',

  async load(tx: Tx, id: string) {
    const decision = await tx.majorAdminDecision.findUnique({ where: { id } });
    if (!decision) notFound();
    return {
      title: decision.title,
      contentHash: majorDecisionHash(decision),
      checklist: 'MAJOR_ADMIN_DECISION' as const,
      authorIds: matterAuthorIds(decision),
      submitBlockers: matterSubmitBlockers(matterStatus(decision.status)),
    };
  },

  async content(tx: Tx, id: string) {
    const decision = await tx.majorAdminDecision.findUnique({ where: { id } });
    if (!decision) notFound();
    return {
      sections: [
        { label: '决策事项', text: decision.title },
        { label: '决策草案', text: decision.description },
      ],
      publicBody: null,
      files: [],
      evidence: [],
    };
  },

  async onSubmitted(tx: Tx, id: string) {
    await moveMatter(tx, 'MAJOR_ADMIN_DECISION', id, 'IN_REVIEW');
  },

  async onDecided(tx: Tx, id: string, outcome) {
    await moveMatter(tx, 'MAJOR_ADMIN_DECISION', id, outcome);
  },
};
