import type { Blocker } from '@/lib/domain/blockers';
import type { Role } from '@/lib/domain/auth/permissions';
import { addWorkingDays, describeDueDate, type IsoDate } from '@/lib/domain/calendar';
import { penaltyLaw } from '@/lib/domain/enforcement';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Explicit hand-offs where the law has one person act after another: the officers ask the head
// for the decision (报请决定, 《行政处罚法》第五十七条), ask the hearing host to hold the hearing
// (提请听证, 第六十四条), or send the case to legal review (送审, 第五十八条). A hand-off appears
// at once in the receiver's list, and leaves it when the step it asks for is recorded.

export const HANDOFF_KINDS = ['DECISION', 'HEARING', 'REVIEW'] as const;
export type HandoffKind = (typeof HANDOFF_KINDS)[number];

export const HANDOFF_KIND_LABELS = {
  DECISION: '报请决定',
  HEARING: '提请听证',
  REVIEW: '送法制审核',
} as const satisfies Record<HandoffKind, string>;

export const HANDOFF_RECEIVER_ROLE = {
  DECISION: 'DIRECTOR',
  HEARING: 'HEARING_HOST',
  REVIEW: 'LEGAL_REVIEWER',
} as const satisfies Record<HandoffKind, Role>;

const HANDOFF_CITATIONS = { DECISION: penaltyLaw(57), HEARING: penaltyLaw(64), REVIEW: penaltyLaw(58) } as const satisfies Record<HandoffKind, string>;

/** Without an open case limit, the receiver is asked to act within this many working days (the bureau's own rule). */
export const HANDOFF_WORKING_DAYS = 3;

export type HandoffCaseFacts = {
  readonly closed: boolean;
  readonly decided: boolean;
  readonly hearingDone: boolean;
  readonly officerUserIds: readonly string[];
};

export type HandoffRequest = {
  readonly kind: HandoffKind;
  readonly senderId: string;
  readonly receiver: { readonly id: string; readonly roles: readonly Role[]; readonly active: boolean } | null;
  readonly kase: HandoffCaseFacts | null;
  /** An open hand-off of the same kind on this case already waits for someone. */
  readonly alreadyOpen: boolean;
};

export function handoffBlockers(request: HandoffRequest): Blocker[] {
  const { kind, kase, receiver } = request;
  if (kase === null) return [{ code: 'handoff.noCase', message: '案件不存在' }];
  const blockers: Blocker[] = [];
  const citation = HANDOFF_CITATIONS[kind];
  if (!kase.officerUserIds.includes(request.senderId)) blockers.push({ code: 'handoff.notOnCase', message: '您不是本案承办人，不能移交办理' });
  if (kase.closed) blockers.push({ code: 'handoff.closed', message: '案件已结案，无需移交' });
  else if (kase.decided && kind !== 'REVIEW') blockers.push({ code: 'handoff.decided', message: '案件已作出决定，无需再报请决定或听证', citation });
  if (kind === 'HEARING' && kase.hearingDone) blockers.push({ code: 'handoff.hearingDone', message: '听证已举行或当事人已放弃听证', citation });
  if (receiver === null || !receiver.active) blockers.push({ code: 'handoff.noReceiver', message: '请选择在岗的接收人' });
  else {
    if (!receiver.roles.includes(HANDOFF_RECEIVER_ROLE[kind]))
      blockers.push({ code: 'handoff.wrongReceiver', message: `${HANDOFF_KIND_LABELS[kind]}的接收人须为${RECEIVER_NAMES[kind]}`, citation });
    if (receiver.id === request.senderId) blockers.push({ code: 'handoff.self', message: '不能移交给本人' });
    if (kind === 'HEARING' && kase.officerUserIds.includes(receiver.id))
      blockers.push({ code: 'handoff.hostOnCase', message: '听证主持人不得由本案调查人员担任', citation: penaltyLaw(64) });
  }
  if (request.alreadyOpen) blockers.push({ code: 'handoff.duplicate', message: `本案已有待办理的${HANDOFF_KIND_LABELS[kind]}` });
  return blockers;
}

const RECEIVER_NAMES = { DECISION: '局负责人', HEARING: '听证主持人', REVIEW: '法制审核人员' } as const satisfies Record<HandoffKind, string>;

/** Whether the step the hand-off asks for has been recorded (then it leaves the receiver's list). */
export function handoffDone(kind: HandoffKind, kase: HandoffCaseFacts & { readonly reviewedSinceHandoff: boolean }): boolean {
  if (kase.closed) return true;
  if (kind === 'DECISION') return kase.decided;
  if (kind === 'HEARING') return kase.hearingDone || kase.decided;
  return kase.reviewedSinceHandoff || kase.decided;
}

export type HandoffFact = {
  readonly id: string;
  readonly kind: HandoffKind;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly caseTitle: string;
  readonly fromName: string;
  readonly handedOn: IsoDate;
  readonly note: string;
  /** The case's open decision limit, when it has one (it then bounds the receiver's step too). */
  readonly caseLimit: { readonly due: IsoDate; readonly howComputed: string } | null;
};

/** Open hand-offs addressed to the viewer (the loader passes only theirs, still open). */
export function handoffTodos(handoffs: readonly HandoffFact[], context: TodoContext): Todo[] {
  return handoffs.map((h) => {
    const fallback = addWorkingDays({ start: h.handedOn, days: HANDOFF_WORKING_DAYS, calendar: context.calendar });
    const { due, howComputed } = h.caseLimit ?? {
      due: fallback.due,
      howComputed: `移交后${HANDOFF_WORKING_DAYS}个工作日内办理（本局内部时限）：${describeDueDate(fallback.explanation)}`,
    };
    const note = h.note.trim() === '' ? '' : `（${h.note.trim()}）`;
    return makeTodo(
      {
        key: `handoff:${h.id}`,
        area: 'HANDOFF',
        action: `${HANDOFF_KIND_LABELS[h.kind]}：${h.caseNumber}${note}`,
        title: h.caseTitle,
        href: `/staff/cases/${h.caseId}`,
        start: h.handedOn,
        due,
        howComputed,
        handedOverBy: h.fromName,
      },
      context,
    );
  });
}
