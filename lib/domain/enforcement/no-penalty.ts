// The no-penalty list (不罚清单, Penalty Law art. 33): the bureau's configurable items, each with the
// conditions under which it applies. Education of the party is recorded in every case.
import { penaltyLaw } from './citations';

export type NoPenaltyCondition =
  | 'MINOR' // 违法行为轻微
  | 'CORRECTED' // 及时改正
  | 'NO_HARM' // 没有造成危害后果
  | 'MINOR_HARM' // 危害后果轻微（或没有）
  | 'FIRST_OFFENCE' // 初次违法
  | 'NO_FAULT'; // 有证据足以证明没有主观过错

export const NO_PENALTY_CONDITION_NAMES = {
  MINOR: '违法行为轻微',
  CORRECTED: '及时改正',
  NO_HARM: '没有造成危害后果',
  MINOR_HARM: '危害后果轻微',
  FIRST_OFFENCE: '初次违法',
  NO_FAULT: '有证据足以证明没有主观过错',
} as const satisfies Record<NoPenaltyCondition, string>;

export type NoPenaltyOutcome = 'SHALL_NOT' | 'MAY_NOT';

export type NoPenaltyItem = {
  readonly id: string;
  /** A violation type, or '*' for an item that applies to every violation. */
  readonly violationType: string;
  readonly title: string;
  readonly conditions: readonly NoPenaltyCondition[];
  readonly outcome: NoPenaltyOutcome;
  readonly citation: string;
};

export type NoPenaltyFacts = {
  readonly violationType: string;
  readonly minor: boolean;
  readonly correctedPromptly: boolean;
  readonly harm: 'NONE' | 'MINOR' | 'SERIOUS';
  readonly firstOffence: boolean;
  readonly noFaultProven: boolean;
};

export type NoPenaltyResult = {
  readonly outcome: NoPenaltyOutcome | 'NOT_APPLICABLE';
  readonly item: NoPenaltyItem | null;
  /** Chinese, for the case file and the decision. */
  readonly reason: string;
  /** Art. 33 para. 3: whenever no penalty is given, the party is educated and it is recorded. */
  readonly educationRequired: boolean;
};

/** The three statutory rules, as generic items; the bureau adds items per violation type. */
export const STATUTORY_NO_PENALTY_ITEMS: readonly NoPenaltyItem[] = [
  {
    id: 'statutory-minor',
    violationType: '*',
    title: '违法行为轻微并及时改正，没有造成危害后果',
    conditions: ['MINOR', 'CORRECTED', 'NO_HARM'],
    outcome: 'SHALL_NOT',
    citation: penaltyLaw([33, 1]),
  },
  {
    id: 'statutory-first-offence',
    violationType: '*',
    title: '初次违法且危害后果轻微并及时改正',
    conditions: ['FIRST_OFFENCE', 'MINOR_HARM', 'CORRECTED'],
    outcome: 'MAY_NOT',
    citation: penaltyLaw([33, 1]),
  },
  {
    id: 'statutory-no-fault',
    violationType: '*',
    title: '当事人有证据足以证明没有主观过错',
    conditions: ['NO_FAULT'],
    outcome: 'SHALL_NOT',
    citation: penaltyLaw([33, 2]),
  },
];

function holds(condition: NoPenaltyCondition, facts: NoPenaltyFacts): boolean {
  switch (condition) {
    case 'MINOR':
      return facts.minor;
    case 'CORRECTED':
      return facts.correctedPromptly;
    case 'NO_HARM':
      return facts.harm === 'NONE';
    case 'MINOR_HARM':
      return facts.harm !== 'SERIOUS';
    case 'FIRST_OFFENCE':
      return facts.firstOffence;
    case 'NO_FAULT':
      return facts.noFaultProven;
  }
}

/**
 * The best matching item: SHALL_NOT before MAY_NOT, an item for the violation type before a
 * generic one, then list order.
 */
export function evaluateNoPenalty(facts: NoPenaltyFacts, list: readonly NoPenaltyItem[]): NoPenaltyResult {
  const rank = (item: NoPenaltyItem) => (item.outcome === 'SHALL_NOT' ? 0 : 2) + (item.violationType === '*' ? 1 : 0);
  const matching = list
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.violationType === facts.violationType || item.violationType === '*')
    .filter(({ item }) => item.conditions.length > 0 && item.conditions.every((c) => holds(c, facts)))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index);
  const best = matching[0]?.item;
  if (!best) {
    return { outcome: 'NOT_APPLICABLE', item: null, reason: '不符合不罚清单所列情形', educationRequired: false };
  }
  const conditions = best.conditions.map((c) => NO_PENALTY_CONDITION_NAMES[c]).join('、');
  const verdict = best.outcome === 'SHALL_NOT' ? '依法不予行政处罚' : '可以不予行政处罚';
  return {
    outcome: best.outcome,
    item: best,
    reason: `符合不罚清单“${best.title}”：${conditions}，${verdict}（${best.citation}），并对当事人进行教育`,
    educationRequired: true,
  };
}
