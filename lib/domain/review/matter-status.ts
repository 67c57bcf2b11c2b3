import { missingProcedureBlockers, type DecisionProcedureFacts } from '@/lib/domain/major-decision/procedures';
import type { Blocker } from '@/lib/domain/blockers';

// Status of the two subjects this module owns (重大行政决策, 行政合同). Drafted, sent for legal
// review, then approved, returned or referred by the reviewer; only an approved one can be
// concluded (decided / signed). Editing approved content sends it back to draft: the approval
// covered the old text (its hash), so it no longer applies.
export const MATTER_STATUSES = ['DRAFT', 'IN_REVIEW', 'RETURNED', 'REFERRED', 'APPROVED', 'CONCLUDED'] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];

export const MATTER_TRANSITIONS = {
  DRAFT: ['IN_REVIEW'],
  IN_REVIEW: ['APPROVED', 'RETURNED', 'REFERRED'],
  RETURNED: ['IN_REVIEW'],
  REFERRED: ['IN_REVIEW', 'DRAFT'],
  APPROVED: ['DRAFT', 'CONCLUDED'],
  CONCLUDED: [],
} as const satisfies Record<MatterStatus, readonly MatterStatus[]>;

export type MatterKind = 'MAJOR_ADMIN_DECISION' | 'ADMIN_CONTRACT';

export const DECISION_REVIEW_CITATION = '《重大行政决策程序暂行条例》第二十五条';

export function isMatterStatus(value: string): value is MatterStatus {
  return (MATTER_STATUSES as readonly string[]).includes(value);
}

export function canTransitionMatter(from: MatterStatus, to: MatterStatus): boolean {
  return (MATTER_TRANSITIONS[from] as readonly MatterStatus[]).includes(to);
}

// The states a matter's content may be changed in: not while a reviewer is looking at it, and not
// once it has been decided or signed.
const EDITABLE: readonly MatterStatus[] = ['DRAFT', 'RETURNED', 'REFERRED', 'APPROVED'];

export function matterEditBlockers(status: MatterStatus): Blocker[] {
  if (status === 'IN_REVIEW') return [{ code: 'MATTER_IN_REVIEW', message: '该事项正在法制审核中，审核完成前不能修改' }];
  if (!EDITABLE.includes(status)) return [{ code: 'MATTER_CONCLUDED', message: '该事项已办结，不能修改' }];
  return [];
}

/** Status after an edit: a changed approved or referred matter is a new draft. */
export function statusAfterEdit(status: MatterStatus, contentChanged: boolean): MatterStatus {
  if (!contentChanged) return status;
  return status === 'APPROVED' || status === 'REFERRED' ? 'DRAFT' : status;
}

// IN_REVIEW and APPROVED are refused by the engine itself (a round is pending / the content is
// already approved), with its own message; only a concluded matter is refused here.
export function matterSubmitBlockers(status: MatterStatus): Blocker[] {
  if (status === 'CONCLUDED') return [{ code: 'MATTER_CONCLUDED', message: '该事项已办结，不能送法制审核' }];
  return [];
}

/** Deciding a major decision or signing a contract needs an approved review of its current content. */
export function canConcludeMatter(input: {
  kind: MatterKind;
  status: MatterStatus;
  approvedCurrent: boolean;
  // A major decision's recorded procedures (lib/queries/matters/decision-procedures.ts).
  procedures?: DecisionProcedureFacts['records'];
}): Blocker[] {
  const blockers: Blocker[] = [];
  if (input.status === 'CONCLUDED') {
    blockers.push({ code: 'MATTER_CONCLUDED', message: '该事项已办结' });
    return blockers;
  }
  // A major decision: every statutory procedure, legality review (the approval) among them.
  if (input.kind === 'MAJOR_ADMIN_DECISION') {
    return missingProcedureBlockers({ records: input.procedures ?? {}, legalityApproved: input.approvedCurrent });
  }
  if (!input.approvedCurrent) {
    blockers.push({ code: 'REVIEW_NOT_APPROVED', message: '合同文本未经法制审核同意（或审核后已修改），不得签订' });
  }
  return blockers;
}
