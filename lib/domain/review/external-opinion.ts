import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar';
import type { ReviewStatus } from './status';

// An opinion from outside the bureau (区司法局, retained counsel) recorded as part of a round.
export function externalOpinionBlockers(input: { status: ReviewStatus; issuedOn: IsoDate; today: IsoDate }): Blocker[] {
  const blockers: Blocker[] = [];
  if (input.status === 'SUPERSEDED') {
    blockers.push({ code: 'REVIEW_SUPERSEDED', message: '本轮审核已作废，不能再登记外部审核意见' });
  }
  if (input.issuedOn > input.today) {
    blockers.push({ code: 'OPINION_DATE_IN_FUTURE', message: '出具日期不能晚于今天' });
  }
  return blockers;
}
