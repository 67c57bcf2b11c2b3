import 'server-only';
import { AppError } from '@/lib/errors';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// Major enforcement decisions (重大执法决定) go through the same engine once the enforcement-case
// module registers its adapter here; until then every call refuses with a clear message.
function notAvailable(): never {
  throw new AppError({
    code: 'RULE_VIOLATION',
    userMessage: '重大执法决定的法制审核将随行政执法案件模块启用，目前尚不能送审或办理。',
  });
}

export const enforcementDecisionReviewAdapter: ReviewSubjectAdapter = {
  type: 'ENFORCEMENT_DECISION',
  load: async () => notAvailable(),
  onSubmitted: async () => notAvailable(),
  onDecided: async () => notAvailable(),
};
