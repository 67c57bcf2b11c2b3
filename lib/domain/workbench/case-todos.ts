import type { Role } from '@/lib/domain/auth/permissions';
import { addWorkingDays, describeDueDate, type DueDate, type IsoDate } from '@/lib/domain/calendar';
import { decisionDue, penaltyLaw, penaltyLawApplies, type CaseType, type EnforcementSettings } from '@/lib/domain/enforcement';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Enforcement cases waiting for someone: the case limit for its officers (90 days from filing,
// art. 60, or the approved extension), service of the decision (art. 61), the head's approval of
// a requested extension, and the hearing for its assigned host.

export type CaseTodoFact = {
  readonly id: string;
  readonly caseNumber: string;
  readonly title: string;
  readonly type: CaseType;
  readonly procedure: 'GENERAL' | 'SUMMARY';
  readonly filedOn: IsoDate;
  readonly decidedOn: IsoDate | null;
  readonly servedOn: IsoDate | null;
  readonly partyPresentAtDecision: boolean;
  readonly extension: { readonly until: IsoDate; readonly approved: boolean } | null;
  readonly hearing: { readonly requestedOn: IsoDate; readonly heldOn: IsoDate | null; readonly hostUserId: string | null } | null;
  readonly officerUserIds: readonly string[];
};

export type CaseTodoContext = TodoContext & { readonly settings: EnforcementSettings };

/** The open decision limit of a case (art. 60), with how it was computed; null when none applies. */
export function openDecisionLimit(fact: CaseTodoFact, context: CaseTodoContext): { due: IsoDate; howComputed: string } | null {
  if (fact.decidedOn !== null || !penaltyLawApplies(fact.type) || fact.procedure !== 'GENERAL') return null;
  const statutory: DueDate = decisionDue(fact.filedOn, context);
  const base = `${describeDueDate(statutory.explanation)}（${penaltyLaw(60)}）`;
  if (fact.extension?.approved) return { due: fact.extension.until, howComputed: `${base}；经负责人批准延长至${fact.extension.until}` };
  return { due: statutory.due, howComputed: base };
}

export function caseTodos(cases: readonly CaseTodoFact[], viewer: { readonly userId: string; readonly roles: readonly Role[] }, context: CaseTodoContext): Todo[] {
  const todos: Todo[] = [];
  const href = (c: CaseTodoFact) => `/staff/cases/${c.id}`;
  for (const c of cases) {
    const onCase = c.officerUserIds.includes(viewer.userId);
    const limit = openDecisionLimit(c, context);
    if (onCase && limit) {
      todos.push(makeTodo({ key: `case:${c.id}:limit`, area: 'CASE', action: `办案期限（${c.caseNumber}）`, title: c.title, href: href(c), start: c.filedOn, ...limit }, context));
    }
    if (onCase && c.decidedOn && !c.servedOn && !c.partyPresentAtDecision) {
      const period = addWorkingDays({ start: c.decidedOn, days: context.settings['case.serviceWorkingDays'], calendar: context.calendar });
      todos.push(
        makeTodo(
          {
            key: `case:${c.id}:service`,
            area: 'CASE',
            action: `送达处罚决定书（${c.caseNumber}）`,
            title: c.title,
            href: href(c),
            start: c.decidedOn,
            due: period.due,
            howComputed: `${describeDueDate(period.explanation)}（${penaltyLaw(61)}）`,
          },
          context,
        ),
      );
    }
    if (viewer.roles.includes('DIRECTOR') && c.extension && !c.extension.approved && limit) {
      todos.push(
        makeTodo(
          { key: `case:${c.id}:extension`, area: 'CASE', action: `审批延长办案期限（${c.caseNumber}）`, title: c.title, href: href(c), start: c.filedOn, ...limit },
          context,
        ),
      );
    }
    if (c.hearing && c.hearing.heldOn === null && c.hearing.hostUserId === viewer.userId && limit) {
      todos.push(
        makeTodo(
          { key: `case:${c.id}:hearing`, area: 'CASE', action: `主持听证（${c.caseNumber}）`, title: c.title, href: href(c), start: c.hearing.requestedOn, ...limit },
          context,
        ),
      );
    }
  }
  return todos;
}
