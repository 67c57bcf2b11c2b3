// Which steps may follow the current one. Penalty cases use the statutory tables; the other types
// derive theirs from the template: forward to the next mandatory step (optional steps in between
// may be taken or skipped), or to an alternative outcome, which leads to the last step.
import type { CaseFacts } from './case-facts';
import { PENALTY_MAIN_SEQUENCE, PENALTY_TRANSITIONS, SUMMARY_TRANSITIONS, isPenaltyState, isSummaryState } from './penalty-lifecycle';
import type { CaseTemplate, StepTemplate } from './template-types';

export type WorkflowCase = Pick<CaseFacts, 'type' | 'procedure' | 'state' | 'isMajor' | 'isComplex'>;

export function conditionHolds(step: StepTemplate, c: Pick<CaseFacts, 'isMajor' | 'isComplex'>): boolean {
  if (!step.when) return true;
  return step.when === 'MAJOR' ? c.isMajor : c.isMajor || c.isComplex;
}

function required(step: StepTemplate, c: WorkflowCase): boolean {
  return step.mandatory && conditionHolds(step, c);
}

/** Template-derived successors of `state`, in template order. */
export function derivedNextKeys(template: CaseTemplate, c: WorkflowCase): string[] {
  const main = template.steps.filter((s) => !s.alternativeFrom);
  const last = main[main.length - 1];
  const current = template.steps.find((s) => s.key === c.state);
  if (!current || !last) return [];
  if (current.alternativeFrom) return [last.key];
  const next: string[] = [];
  for (const candidate of main.slice(main.indexOf(current) + 1)) {
    if (!conditionHolds(candidate, c)) continue;
    next.push(candidate.key);
    if (required(candidate, c)) break;
  }
  for (const alternative of template.steps) {
    if (alternative.alternativeFrom?.includes(current.key)) next.push(alternative.key);
  }
  return next;
}

/** Statutory successors of a general-procedure penalty case, minus conditional steps that do not apply. */
function penaltyNextKeys(template: CaseTemplate, c: WorkflowCase): string[] {
  if (!isPenaltyState(c.state)) return [];
  const sequence: readonly string[] = PENALTY_MAIN_SEQUENCE;
  const from = sequence.indexOf(c.state);
  const byKey = new Map(template.steps.map((s) => [s.key, s]));
  return PENALTY_TRANSITIONS[c.state].filter((to) => {
    const target = byKey.get(to);
    if (!target || !conditionHolds(target, c)) return false;
    const index = sequence.indexOf(to);
    // Back to investigation, into an alternative outcome, or out of one (NO_PENALTY → CLOSED).
    if (from === -1 || index <= from) return true;
    // A forward move may not skip a step that applies to this case.
    return sequence.slice(from + 1, index).every((key) => {
      const skipped = byKey.get(key);
      return !skipped || !required(skipped, c);
    });
  });
}

export function nextStepKeys(template: CaseTemplate, c: WorkflowCase): string[] {
  if (c.type !== 'PENALTY') return derivedNextKeys(template, c);
  if (c.procedure === 'SUMMARY') return isSummaryState(c.state) ? [...SUMMARY_TRANSITIONS[c.state]] : [];
  return penaltyNextKeys(template, c);
}
