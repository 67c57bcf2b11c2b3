import 'server-only';
import type { Tx } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import type { ReviewSubjectAdapter, ReviewSubjectSnapshot } from './subject-adapter';
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

/** The subject as it is now, or null when it no longer exists (a refused adapter still throws). */
export async function loadSubjectOrNull(tx: Tx, type: ReviewSubjectType, id: string): Promise<ReviewSubjectSnapshot | null> {
  try {
    return await reviewAdapterFor(type).load(tx, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
