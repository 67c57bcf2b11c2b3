import 'server-only';
import type { Tx } from '@/lib/db';
import { moveMatter } from '@/lib/services/matters/matter-store';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// 重大行政决策 as a review subject: DRAFT → IN_REVIEW → APPROVED / RETURNED / REFERRED.
export const majorAdminDecisionReviewAdapter: ReviewSubjectAdapter = {
  type: 'MAJOR_ADMIN_DECISION',

  async onSubmitted(tx: Tx, id: string) {
    await moveMatter(tx, 'MAJOR_ADMIN_DECISION', id, 'IN_REVIEW');
  },

  async onDecided(tx: Tx, id: string, outcome) {
    await moveMatter(tx, 'MAJOR_ADMIN_DECISION', id, outcome);
  },
};
