// The Penalty Law lifecycle as transition tables: the general procedure (普通程序, arts. 54–65)
// and the summary procedure (简易程序, arts. 51–53). A case's `state` is the last step recorded.
//
// General: FILED → INVESTIGATION → RIGHTS_NOTICE → STATEMENT_OR_HEARING → (LEGAL_REVIEW when major)
//   → (COLLECTIVE_DECISION when major or complex) → DECISION → SERVICE → EXECUTION → CLOSED,
//   or NO_PENALTY → CLOSED once the facts are known. New facts send the case back to INVESTIGATION
//   (and so through a fresh rights notice). Which conditional steps apply is decided in workflow.ts.

export const PENALTY_STATES = [
  'FILED',
  'INVESTIGATION',
  'RIGHTS_NOTICE',
  'STATEMENT_OR_HEARING',
  'LEGAL_REVIEW',
  'COLLECTIVE_DECISION',
  'DECISION',
  'SERVICE',
  'EXECUTION',
  'NO_PENALTY',
  'CLOSED',
] as const;
export type PenaltyState = (typeof PENALTY_STATES)[number];

export const PENALTY_TRANSITIONS = {
  FILED: ['INVESTIGATION'],
  INVESTIGATION: ['RIGHTS_NOTICE', 'NO_PENALTY'],
  RIGHTS_NOTICE: ['STATEMENT_OR_HEARING'],
  STATEMENT_OR_HEARING: ['INVESTIGATION', 'LEGAL_REVIEW', 'COLLECTIVE_DECISION', 'DECISION', 'NO_PENALTY'],
  LEGAL_REVIEW: ['INVESTIGATION', 'COLLECTIVE_DECISION', 'DECISION', 'NO_PENALTY'],
  COLLECTIVE_DECISION: ['INVESTIGATION', 'DECISION', 'NO_PENALTY'],
  DECISION: ['SERVICE'],
  SERVICE: ['EXECUTION'],
  EXECUTION: ['CLOSED'],
  NO_PENALTY: ['CLOSED'],
  CLOSED: [],
} as const satisfies Record<PenaltyState, readonly PenaltyState[]>;

export const PENALTY_STATE_NAMES = {
  FILED: '立案',
  INVESTIGATION: '调查取证',
  RIGHTS_NOTICE: '告知',
  STATEMENT_OR_HEARING: '陈述申辩/听证',
  LEGAL_REVIEW: '法制审核',
  COLLECTIVE_DECISION: '集体讨论',
  DECISION: '决定',
  SERVICE: '送达',
  EXECUTION: '执行',
  NO_PENALTY: '不予处罚',
  CLOSED: '结案归档',
} as const satisfies Record<PenaltyState, string>;

/** The main sequence: a forward move may skip only conditional steps that do not apply. */
export const PENALTY_MAIN_SEQUENCE = [
  'FILED',
  'INVESTIGATION',
  'RIGHTS_NOTICE',
  'STATEMENT_OR_HEARING',
  'LEGAL_REVIEW',
  'COLLECTIVE_DECISION',
  'DECISION',
  'SERVICE',
  'EXECUTION',
  'CLOSED',
] as const satisfies readonly PenaltyState[];

// Summary procedure (当场处罚): show the certificate, tell the party the facts, reasons, basis and
// rights, hear them, hand over the numbered decision form on the spot, report it to the bureau
// (备案, art. 52), execute (arts. 68–69) and archive.
export const SUMMARY_STATES = ['ON_SPOT_IDENTIFICATION', 'ON_SPOT_NOTICE', 'ON_SPOT_STATEMENT', 'ON_SPOT_DECISION', 'RECORD_FILING', 'EXECUTION', 'CLOSED'] as const;
export type SummaryState = (typeof SUMMARY_STATES)[number];

export const SUMMARY_TRANSITIONS = {
  ON_SPOT_IDENTIFICATION: ['ON_SPOT_NOTICE'],
  ON_SPOT_NOTICE: ['ON_SPOT_STATEMENT'],
  ON_SPOT_STATEMENT: ['ON_SPOT_DECISION'],
  ON_SPOT_DECISION: ['RECORD_FILING'],
  RECORD_FILING: ['EXECUTION'],
  EXECUTION: ['CLOSED'],
  CLOSED: [],
} as const satisfies Record<SummaryState, readonly SummaryState[]>;

export const SUMMARY_STATE_NAMES = {
  ON_SPOT_IDENTIFICATION: '出示执法证件、表明身份',
  ON_SPOT_NOTICE: '当场告知',
  ON_SPOT_STATEMENT: '听取陈述申辩',
  ON_SPOT_DECISION: '当场作出处罚决定并交付',
  RECORD_FILING: '报所属行政机关备案',
  EXECUTION: '执行',
  CLOSED: '结案归档',
} as const satisfies Record<SummaryState, string>;

export function isPenaltyState(value: string): value is PenaltyState {
  return (PENALTY_STATES as readonly string[]).includes(value);
}

export function isSummaryState(value: string): value is SummaryState {
  return (SUMMARY_STATES as readonly string[]).includes(value);
}

export const PENALTY_INITIAL_STATE: PenaltyState = 'FILED';
export const SUMMARY_INITIAL_STATE: SummaryState = 'ON_SPOT_IDENTIFICATION';
