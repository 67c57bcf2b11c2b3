import 'server-only';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import type { ReviewSubjectAdapter } from './subject-adapter';
import { adminContractReviewAdapter } from './subjects/admin-contract';
import { disclosureReviewAdapter } from './subjects/disclosure';
import { enforcementDecisionReviewAdapter } from './subjects/enforcement-decision';
import { majorAdminDecisionReviewAdapter } from './subjects/major-admin-decision';

// Every kind of subject the engine reviews, by type. A new kind adds one adapter here.
export const REVIEW_SUBJECT_ADAPTERS = {
  DISCLOSURE: disclosureReviewAdapter,
  ENFORCEMENT_DECISION: enforcementDecisionReviewAdapter,
  MAJOR_ADMIN_DECISION: majorAdminDecisionReviewAdapter,
  ADMIN_CONTRACT: adminContractReviewAdapter,
} as const satisfies Record<ReviewSubjectType, ReviewSubjectAdapter>;

export function reviewAdapterFor(type: ReviewSubjectType): ReviewSubjectAdapter {
  return REVIEW_SUBJECT_ADAPTERS[type];
}
