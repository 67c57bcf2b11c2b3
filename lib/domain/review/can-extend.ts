import type { Blocker } from '@/lib/domain/blockers';
import type { ReviewStatus } from './status';

export type ExtensionFacts = {
  status: ReviewStatus;
  extendedDays: number;
  // The setting 'review.extensionWorkingDays'; 0 switches extensions off.
  extensionDays: number;
};

/** Whether the round can still be extended, before a reason is written (the page shows these). */
export function extensionBlockers(facts: ExtensionFacts): Blocker[] {
  const blockers: Blocker[] = [];
  if (facts.status !== 'PENDING') {
    blockers.push({ code: 'REVIEW_NOT_PENDING', message: '只有审核中的事项可以延长审核期限' });
  }
  if (facts.extendedDays > 0) {
    blockers.push({ code: 'EXTENSION_USED', message: '审核期限只能延长一次，本轮已延长过' });
  }
  if (!Number.isInteger(facts.extensionDays) || facts.extensionDays < 1) {
    blockers.push({ code: 'EXTENSION_DISABLED', message: '本局设置不允许延长法制审核期限' });
  }
  return blockers;
}

/** A pending review may be extended once, by the configured number of working days, with a reason. */
export function canExtendReview(facts: ExtensionFacts & { reason: string }): Blocker[] {
  const blockers = extensionBlockers(facts);
  if (facts.reason.trim() === '') {
    blockers.push({ code: 'EXTENSION_REASON_REQUIRED', message: '请填写延长审核期限的理由' });
  }
  return blockers;
}
