import 'server-only';
import type { Tx } from '@/lib/db';
import { CLEARED_SECRECY_CHECK, conflict } from '@/lib/services/disclosure/shared';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// Disclosures as a subject of the legal-review engine. The engine stores the content hash the
// database computed; an edit after approval changes the hash, so the approval no longer covers it.
export const disclosureReviewAdapter: ReviewSubjectAdapter = {
  type: 'DISCLOSURE',

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
