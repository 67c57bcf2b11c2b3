import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar';

/**
 * A rectification order (整改) follows each finding:
 *   OPEN → RESPONDED (the entity reports what it fixed; a re-check 回头看 is scheduled)
 *   RESPONDED → CLOSED (re-check passed) | RECHECK_FAILED (a new period to rectify starts)
 *   RECHECK_FAILED → RESPONDED …
 * Only a passed re-check closes an order.
 */
export const RECTIFICATION_STATUSES = ['OPEN', 'RESPONDED', 'RECHECK_FAILED', 'CLOSED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_TRANSITIONS = {
  OPEN: ['RESPONDED'],
  RESPONDED: ['RECHECK_FAILED', 'CLOSED'],
  RECHECK_FAILED: ['RESPONDED'],
  CLOSED: [],
} as const satisfies Record<RectificationStatus, readonly RectificationStatus[]>;

/**
 * Working days after the entity's response within which the re-check (回头看) is due. There is no
 * setting for it yet ('inspection.rectificationWorkingDays' is the period to rectify); 5 working
 * days gives the officers a week to go back on site.
 */
export const RECHECK_WORKING_DAYS = 5;

export function canTransition(from: RectificationStatus, to: RectificationStatus): boolean {
  return (RECTIFICATION_TRANSITIONS[from] as readonly RectificationStatus[]).includes(to);
}

const STATUS_LABEL: Record<RectificationStatus, string> = {
  OPEN: '待整改',
  RESPONDED: '已反馈待复查',
  RECHECK_FAILED: '复查未通过',
  CLOSED: '已销号',
};

/** Why the entity's response cannot be recorded now. */
export function respondBlockers(status: RectificationStatus): Blocker[] {
  if (canTransition(status, 'RESPONDED')) return [];
  return [
    {
      code: 'RECTIFICATION_NOT_AWAITING_RESPONSE',
      message: `整改单当前状态为“${STATUS_LABEL[status]}”，不能登记整改反馈`,
    },
  ];
}

export type RecheckRuleInput = {
  readonly status: RectificationStatus;
  readonly checkedOn: IsoDate;
  /** Asia/Shanghai date of the entity's latest response. */
  readonly respondedOn: IsoDate | null;
  readonly today: IsoDate;
};

/** Why a re-check cannot be recorded now: only a responded order is re-checked. */
export function recheckBlockers(input: RecheckRuleInput): Blocker[] {
  const blockers: Blocker[] = [];
  if (input.status !== 'RESPONDED') {
    blockers.push({
      code: 'RECTIFICATION_NOT_AWAITING_RECHECK',
      message: `整改单当前状态为“${STATUS_LABEL[input.status]}”，须先登记整改反馈才能复查`,
    });
  }
  if (input.checkedOn > input.today) {
    blockers.push({ code: 'RECHECK_IN_FUTURE', message: `复查日期（${input.checkedOn}）不能晚于今天` });
  }
  if (input.respondedOn !== null && input.checkedOn < input.respondedOn) {
    blockers.push({ code: 'RECHECK_BEFORE_RESPONSE', message: `复查日期不能早于整改反馈日期（${input.respondedOn}）` });
  }
  return blockers;
}

/** The status a re-check leads to: closed only when it passed. */
export function statusAfterRecheck(passed: boolean): RectificationStatus {
  return passed ? 'CLOSED' : 'RECHECK_FAILED';
}

export type OverdueState = { readonly overdue: false } | { readonly overdue: true; readonly kind: 'RESPONSE' | 'RECHECK'; readonly due: IsoDate; readonly message: string };

/**
 * Overdue: the period to rectify passed without a response (OPEN, or RECHECK_FAILED awaiting a new
 * response), or the re-check date passed without a re-check (RESPONDED). Decided by date: the day
 * after the due date is overdue.
 */
export function rectificationOverdue(input: {
  readonly status: RectificationStatus;
  readonly dueOn: IsoDate;
  readonly recheckDueOn: IsoDate | null;
  readonly today: IsoDate;
}): OverdueState {
  const { status, dueOn, recheckDueOn, today } = input;
  if ((status === 'OPEN' || status === 'RECHECK_FAILED') && today > dueOn) {
    return { overdue: true, kind: 'RESPONSE', due: dueOn, message: `整改期限${dueOn}已过，尚未反馈整改情况` };
  }
  if (status === 'RESPONDED' && recheckDueOn !== null && today > recheckDueOn) {
    return { overdue: true, kind: 'RECHECK', due: recheckDueOn, message: `复查（回头看）期限${recheckDueOn}已过，尚未复查` };
  }
  return { overdue: false };
}
