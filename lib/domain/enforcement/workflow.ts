// The case workflow for every case type: which steps may come next, and what blocks a move.
// The page shows canAdvance's blockers beside the disabled button; the service re-checks them on
// rows read inside its transaction and refuses unless the list is empty.
import type { Blocker } from '@/lib/domain/blockers';
import { caseActorBlockers, type CaseCapacity } from './case-actor';
import type { AdvanceContext, CaseFacts } from './case-facts';
import { penaltyLawApplies } from './case-types';
import { penaltyLaw } from './citations';
import {
  actorRoleBlockers,
  collectiveDecisionBlockers,
  hearingGateBlockers,
  legalReviewBlockers,
  noPenaltyBlockers,
  noticeContentBlockers,
  rightsNoticeBlockers,
} from './decision-rules';
import { officerBlockers, recusalBlockers } from './officer-rules';
import { recordingBlockers } from './recording';
import { caseTemplate, findStep } from './step-templates';
import { summaryProcedureBlockers } from './summary-procedure';
import type { CaseTemplate, StepTemplate, TemplateOptions } from './template-types';
import { nextStepKeys, type WorkflowCase } from './transitions';

/** The steps that may be recorded next, with their labels, in template order. */
export function nextSteps(c: WorkflowCase, options: TemplateOptions = {}): StepTemplate[] {
  const template = caseTemplate(c, options);
  const keys = nextStepKeys(template, c);
  return template.steps.filter((s) => keys.includes(s.key));
}

/** What blocks recording `to` as the case's next step (empty when it may be recorded). */
export function canAdvance(facts: CaseFacts, to: string, context: AdvanceContext): Blocker[] {
  const template = caseTemplate(facts, context.templateOptions);
  const current = findStep(template, facts.state);
  if (!current) {
    return [{ code: 'enf.state.unknown', message: `案件当前环节“${facts.state}”不在该类案件的步骤模板中` }];
  }
  const target = nextSteps(facts, context.templateOptions).find((s) => s.key === to);
  if (!target) {
    const label = findStep(template, to)?.label ?? to;
    return [{ code: 'enf.transition.notAllowed', message: `当前环节为“${current.label}”，不能进入“${label}”` }];
  }
  const penalty = penaltyLawApplies(facts.type);
  const roleBlockers = actorRoleBlockers(target, context.actorRoles, penalty);
  return [
    ...roleBlockers,
    ...(roleBlockers.length === 0 ? stepActorBlockers(facts, target, context) : []),
    ...caseOfficerBlockers(facts, template),
    ...recordingBlockers(current, context.currentStepRecordings ?? [], context.recordingWaiverReason),
    ...stepRuleBlockers(facts, template, current, target, context),
  ];
}

/** Filing a case (its first step): enough qualified officers, and a summary case within art. 51. */
export function filingBlockers(facts: CaseFacts, context: Pick<AdvanceContext, 'settings' | 'templateOptions'>): Blocker[] {
  const template = caseTemplate(facts, context.templateOptions);
  const blockers = officerBlockers(facts.officers, template.officerRule);
  if (facts.procedure === 'SUMMARY') {
    blockers.push(
      ...summaryProcedureBlockers({
        type: facts.type,
        penalty: facts.intendedPenalty,
        partyKinds: facts.parties.map((p) => p.kind),
        factsConclusive: facts.factsConclusive ?? false,
        settings: context.settings,
      }),
    );
  }
  return blockers;
}

/** The role must be held on this case: its own officers, its appointed host, the head. */
function stepActorBlockers(facts: CaseFacts, target: StepTemplate, context: AdvanceContext): Blocker[] {
  const capacities = target.actorRoles.filter((role): role is CaseCapacity => STEP_CAPACITIES.has(role));
  if (capacities.length === 0) return [];
  return caseActorBlockers(facts, { userId: context.actorUserId, roles: context.actorRoles }, capacities);
}
const STEP_CAPACITIES: ReadonlySet<string> = new Set<CaseCapacity>(['OFFICER', 'HEARING_HOST', 'DIRECTOR']);

function caseOfficerBlockers(facts: CaseFacts, template: CaseTemplate): Blocker[] {
  if (template.officerRule === null) return [];
  return [...officerBlockers(facts.officers, template.officerRule), ...recusalBlockers(facts.officers, penaltyLawApplies(facts.type) ? penaltyLaw(43) : null)];
}

const FORWARD_FROM_HEARING = new Set(['LEGAL_REVIEW', 'COLLECTIVE_DECISION', 'DECISION', 'BAN_DECISION']);

function stepRuleBlockers(facts: CaseFacts, template: CaseTemplate, current: StepTemplate, target: StepTemplate, context: AdvanceContext): Blocker[] {
  const blockers: Blocker[] = [];
  const hasNotice = template.steps.some((s) => s.key === 'RIGHTS_NOTICE');
  if (target.key === 'RIGHTS_NOTICE' && facts.type === 'PENALTY') blockers.push(...noticeContentBlockers(facts));
  if (current.key === 'RIGHTS_NOTICE') blockers.push(...rightsNoticeBlockers(facts, context));
  if (target.decision) {
    if (hasNotice && current.key !== 'RIGHTS_NOTICE') blockers.push(...rightsNoticeBlockers(facts, context));
    if (current.key !== 'STATEMENT_OR_HEARING') blockers.push(...hearingGateBlockers(facts, context));
    blockers.push(...legalReviewBlockers(facts), ...collectiveDecisionBlockers(facts));
  } else if (current.key === 'LEGAL_REVIEW' && target.key === 'COLLECTIVE_DECISION') {
    blockers.push(...legalReviewBlockers(facts));
  }
  // The statement/hearing step is complete only once the hearing question is settled.
  if (current.key === 'STATEMENT_OR_HEARING' && FORWARD_FROM_HEARING.has(target.key)) {
    blockers.push(...hearingGateBlockers(facts, context));
  }
  if (facts.type === 'PENALTY' && facts.procedure === 'GENERAL') blockers.push(...noPenaltyBlockers(facts, target.key));
  if (facts.procedure === 'SUMMARY' && target.key === 'ON_SPOT_DECISION') {
    blockers.push(
      ...summaryProcedureBlockers({
        type: facts.type,
        penalty: facts.intendedPenalty,
        partyKinds: facts.parties.map((p) => p.kind),
        factsConclusive: facts.factsConclusive ?? false,
        settings: context.settings,
      }),
    );
  }
  return blockers;
}
