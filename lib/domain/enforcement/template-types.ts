import type { Role } from '@/lib/domain/auth/permissions';

/**
 * Audio-video recording of a step (全过程记录, 国办发〔2018〕118号): mandatory for acts touching
 * personal liberty or major property, "as needed" for on-site enforcement, evidence, hearings and
 * disputed service. Only REQUIRED blocks completing a step.
 */
export type RecordingRequirement = 'REQUIRED' | 'AS_NEEDED' | 'NONE';

export const RECORDING_REQUIREMENT_NAMES = {
  REQUIRED: '必须音像记录',
  AS_NEEDED: '根据需要音像记录',
  NONE: '文字记录',
} as const satisfies Record<RecordingRequirement, string>;

/** A step that only applies to some cases (penalty law art. 57, 58). */
export type StepCondition = 'MAJOR' | 'MAJOR_OR_COMPLEX';

export type StepTemplate = {
  /** Stored in EnforcementCase.state and CaseStep.key. */
  readonly key: string;
  readonly label: string;
  /** Must be passed on the way to the end (when its `when` condition holds). */
  readonly mandatory: boolean;
  readonly when?: StepCondition;
  /**
   * An alternative outcome (e.g. 不予处罚) outside the main sequence: reachable from the steps
   * listed here, and leading to the template's last step.
   */
  readonly alternativeFrom?: readonly string[];
  readonly recording: RecordingRequirement;
  /**
   * The agency's adverse decision (处罚决定, 取缔决定): gated by the rights notice, the hearing,
   * and for major cases the legal review and collective decision.
   */
  readonly decision?: boolean;
  /** Who records the step; OFFICER unless stated. */
  readonly actorRoles: readonly Role[];
};

/** How many officers must be on the case at every step, and whether they need certificates. */
export type OfficerRule = {
  readonly minOfficers: number;
  readonly certified: boolean;
  readonly citation?: string;
};

export type CaseTemplate = {
  readonly steps: readonly StepTemplate[];
  readonly officerRule: OfficerRule | null;
};

/** Bureau configuration layered over the default templates. Step keys not in the template are ignored. */
export type TemplateOptions = {
  readonly recording?: Readonly<Record<string, RecordingRequirement>>;
  /** Ignored for penalty templates: their steps are fixed by the Penalty Law. */
  readonly mandatory?: Readonly<Record<string, boolean>>;
  /** `null` switches the officer rule off (not allowed for penalty templates). */
  readonly officerRule?: OfficerRule | null;
};

const OFFICER: readonly Role[] = ['OFFICER'];

/** Terse constructor for the template tables. */
export function defineStep(key: string, label: string, recording: RecordingRequirement, extra: Partial<Omit<StepTemplate, 'key' | 'label' | 'recording'>> = {}): StepTemplate {
  return { key, label, recording, mandatory: extra.mandatory ?? true, actorRoles: extra.actorRoles ?? OFFICER, ...extra };
}
