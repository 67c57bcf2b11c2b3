// Every case type's step template, with the bureau's configuration applied. Templates whose steps
// the law fixes (penalty, ban, coercive measure) accept only tightening overrides: a step can be
// made mandatory but not optional, and the officer rule can be raised but not lowered.
import type { CaseProcedure, CaseType } from './case-types';
import {
  ADMIN_INSPECTION_TEMPLATE,
  ASSISTANCE_HOUSEHOLD_SURVEY_TEMPLATE,
  COERCIVE_MEASURE_TEMPLATE,
  ECONOMIC_STATUS_VERIFICATION_TEMPLATE,
  ELDERLY_CARE_SUPERVISION_TEMPLATE,
  FUNERAL_REFORM_INSPECTION_TEMPLATE,
  ILLEGAL_SOCIAL_ORG_BAN_TEMPLATE,
  VAGRANT_RESCUE_TEMPLATE,
} from './other-templates';
import { GENERAL_PENALTY_TEMPLATE, SUMMARY_PENALTY_TEMPLATE } from './penalty-templates';
import type { CaseTemplate, OfficerRule, StepTemplate, TemplateOptions } from './template-types';

export const DEFAULT_TEMPLATES = {
  ADMIN_INSPECTION: ADMIN_INSPECTION_TEMPLATE,
  PENALTY: GENERAL_PENALTY_TEMPLATE,
  COERCIVE_MEASURE: COERCIVE_MEASURE_TEMPLATE,
  ILLEGAL_SOCIAL_ORG_BAN: ILLEGAL_SOCIAL_ORG_BAN_TEMPLATE,
  ASSISTANCE_HOUSEHOLD_SURVEY: ASSISTANCE_HOUSEHOLD_SURVEY_TEMPLATE,
  ECONOMIC_STATUS_VERIFICATION: ECONOMIC_STATUS_VERIFICATION_TEMPLATE,
  VAGRANT_RESCUE: VAGRANT_RESCUE_TEMPLATE,
  FUNERAL_REFORM_INSPECTION: FUNERAL_REFORM_INSPECTION_TEMPLATE,
  ELDERLY_CARE_SUPERVISION: ELDERLY_CARE_SUPERVISION_TEMPLATE,
} as const satisfies Record<CaseType, CaseTemplate>;

const STATUTORY_TYPES: readonly CaseType[] = ['PENALTY', 'ILLEGAL_SOCIAL_ORG_BAN', 'COERCIVE_MEASURE'];

export type TemplateSelector = { readonly type: CaseType; readonly procedure: CaseProcedure };

/** The default template; the summary procedure exists only for penalty cases. */
export function defaultTemplate({ type, procedure }: TemplateSelector): CaseTemplate {
  return type === 'PENALTY' && procedure === 'SUMMARY' ? SUMMARY_PENALTY_TEMPLATE : DEFAULT_TEMPLATES[type];
}

/** The case type's template with the bureau's options applied (overrides that are not allowed are dropped). */
export function caseTemplate(selector: TemplateSelector, options: TemplateOptions = {}): CaseTemplate {
  const base = defaultTemplate(selector);
  const statutory = STATUTORY_TYPES.includes(selector.type);
  const steps = base.steps.map((s): StepTemplate => {
    const recording = options.recording?.[s.key] ?? s.recording;
    const wanted = options.mandatory?.[s.key];
    const mandatory = wanted === undefined || s.alternativeFrom || (statutory && !wanted) ? s.mandatory : wanted;
    return { ...s, recording, mandatory };
  });
  return { steps, officerRule: chooseOfficerRule(base.officerRule, options.officerRule, statutory) };
}

function chooseOfficerRule(base: OfficerRule | null, wanted: OfficerRule | null | undefined, statutory: boolean): OfficerRule | null {
  if (wanted === undefined) return base;
  if (!statutory || base === null) return wanted;
  return wanted !== null && atLeastAsStrict(wanted, base) ? { ...wanted, citation: wanted.citation ?? base.citation } : base;
}

function atLeastAsStrict(wanted: OfficerRule, base: OfficerRule): boolean {
  return wanted.minOfficers >= base.minOfficers && (wanted.certified || !base.certified);
}

/** Configuration mistakes, in Chinese, for the settings page: unknown steps and refused loosening. */
export function templateOptionProblems(selector: TemplateSelector, options: TemplateOptions): string[] {
  const base = defaultTemplate(selector);
  const statutory = STATUTORY_TYPES.includes(selector.type);
  const keys = new Set(base.steps.map((s) => s.key));
  const problems: string[] = [];
  for (const key of [...Object.keys(options.recording ?? {}), ...Object.keys(options.mandatory ?? {})]) {
    if (!keys.has(key)) problems.push(`步骤“${key}”不在该案件类型的步骤模板中`);
  }
  for (const [key, wanted] of Object.entries(options.mandatory ?? {})) {
    const s = base.steps.find((candidate) => candidate.key === key);
    if (s?.alternativeFrom) problems.push(`“${s.label}”是替代结果，不能设为必经步骤`);
    else if (s && statutory && s.mandatory && !wanted) problems.push(`“${s.label}”是法定步骤，不能设为非必经`);
  }
  const rule = options.officerRule;
  if (statutory && rule !== undefined && base.officerRule && (rule === null || !atLeastAsStrict(rule, base.officerRule))) {
    problems.push(`执法人员要求不得低于法定标准（${base.officerRule.minOfficers}名以上持证执法人员）`);
  }
  return problems;
}

export function findStep(template: CaseTemplate, key: string): StepTemplate | undefined {
  return template.steps.find((s) => s.key === key);
}

export function initialStep(template: CaseTemplate): StepTemplate {
  const first = template.steps[0];
  if (!first) throw new RangeError('a template needs at least one step');
  return first;
}
