import 'server-only';
import type { Tx } from '@/lib/db';
import { matterSubmitBlockers } from '@/lib/domain/review/matter-status';
import { fileIdentity } from '@/lib/services/matters/matter-files';
import { adminContractHash, matterAuthorIds, matterStatus, moveMatter, normaliseAmount } from '@/lib/services/matters/matter-store';
import { isoOfDateColumn, notFound } from '../support';
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
      checklist: 'ADMIN_CONTRACT' as const,
      authorIds: matterAuthorIds(contract),
      submitBlockers: matterSubmitBlockers(matterStatus(contract.status)),
    };
  },

  // The terms and the contract file itself.
  async content(tx: Tx, id: string) {
    const contract = await tx.administrativeContract.findUnique({ where: { id } });
    if (!contract) notFound();
    const file = contract.attachmentId ? await tx.attachment.findUnique({ where: { id: contract.attachmentId } }) : null;
    return {
      sections: [
        { label: '合同名称', text: contract.title },
        { label: '合同相对方', text: contract.counterparty },
        { label: '合同金额（元）', text: normaliseAmount(contract.amount) },
        { label: '合同期限', text: `${isoOfDateColumn(contract.termFrom)}至${isoOfDateColumn(contract.termTo)}` },
      ],
      publicBody: null,
      files: file ? [{ id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: Number(file.size), sha256: file.sha256 }] : [],
      evidence: [],
    };
  },

  async onSubmitted(tx: Tx, id: string) {
    await moveMatter(tx, 'ADMIN_CONTRACT', id, 'IN_REVIEW');
  },

  async onDecided(tx: Tx, id: string, outcome) {
    await moveMatter(tx, 'ADMIN_CONTRACT', id, outcome);
  },
};
