import 'server-only';
import type { Tx } from '@/lib/db';
import { matterSubmitBlockers } from '@/lib/domain/review/matter-status';
import { fileIdentity } from '@/lib/services/matters/matter-files';
import { adminContractHash, matterAuthorIds, matterStatus, moveMatter } from '@/lib/services/matters/matter-store';
import { notFound } from '../support';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// 行政合同 as a review subject; the hash covers title, counterparty, amount, term and the file.
export const adminContractReviewAdapter: ReviewSubjectAdapter = {
  type: 'ADMIN_CONTRACT',

  async load(tx: Tx, id: string) {
    const contract = await tx.administrativeContract.findUnique({ where: { id } });
    if (!contract) notFound();
    return {
      title: contract.title,
      contentHash: adminContractHash(contract, await fileIdentity(tx, contract.attachmentId)),
      authorIds: matterAuthorIds(contract),
      submitBlockers: matterSubmitBlockers(matterStatus(contract.status)),
    };
  },

  async onSubmitted(tx: Tx, id: string) {
    await moveMatter(tx, 'ADMIN_CONTRACT', id, 'IN_REVIEW');
  },

  async onDecided(tx: Tx, id: string, outcome) {
    await moveMatter(tx, 'ADMIN_CONTRACT', id, outcome);
  },
};
