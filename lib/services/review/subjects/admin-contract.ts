import 'server-only';
import type { Tx } from '@/lib/db';
import { moveMatter } from '@/lib/services/matters/matter-store';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// 行政合同 as a review subject; the hash covers title, counterparty, amount, term and the file.
export const adminContractReviewAdapter: ReviewSubjectAdapter = {
  type: 'ADMIN_CONTRACT',

  async onSubmitted(tx: Tx, id: string) {
    await moveMatter(tx, 'ADMIN_CONTRACT', id, 'IN_REVIEW');
  },

  async onDecided(tx: Tx, id: string, outcome) {
    await moveMatter(tx, 'ADMIN_CONTRACT', id, outcome);
  },
};
