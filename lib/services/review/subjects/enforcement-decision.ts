import 'server-only';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// A major enforcement decision (重大执法决定, 《行政处罚法》第五十八条) as a review subject: the
// case at its legal-review step. The case keeps its own state; the decision step reads the
// latest round (lib/queries/enforcement/case-state.ts legalReviewStatus).
export const enforcementDecisionReviewAdapter: ReviewSubjectAdapter = {
  type: 'ENFORCEMENT_DECISION',

  async onSubmitted() {
    // The case stays at LEGAL_REVIEW; the round itself records the submission.
  },

  async onDecided() {
    // The decision step reads the round's outcome against the case's current content.
  },
};
