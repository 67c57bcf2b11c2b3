// Which enforcement decisions are "major" (重大执法决定) and so need legal review (Penalty Law
// art. 58) and a collective decision (art. 57). The bureau keeps its own catalogue; the defaults
// follow art. 58: public interest, a hearing held, complexity, plus type, amount and kind.
import type { CaseType, PartyKind } from './case-types';
import { CASE_TYPE_NAMES } from './case-types';
import { PENALTY_KIND_NAMES, formatYuan, type IntendedPenalty, type PenaltyKind } from './penalties';

export type MajorCatalogue = {
  /** Every decision of these types is major. */
  readonly caseTypes: readonly CaseType[];
  /** A fine at or above this (yuan) is major; null: amount alone never makes a case major. */
  readonly fineThresholdPerson: number | null;
  readonly fineThresholdOrganisation: number | null;
  /** Confiscated gains or property value at or above this (yuan). */
  readonly confiscationThreshold: number | null;
  readonly penaltyKinds: readonly PenaltyKind[];
  /** Art. 58(二): directly affects major rights and went through a hearing. */
  readonly hearingHeld: boolean;
  /** Art. 58(一): involves a major public interest. */
  readonly publicImpact: boolean;
  /** Art. 58(三): complex, several legal relations. */
  readonly complex: boolean;
};

export const DEFAULT_MAJOR_CATALOGUE: MajorCatalogue = {
  caseTypes: ['ILLEGAL_SOCIAL_ORG_BAN'],
  fineThresholdPerson: 10_000,
  fineThresholdOrganisation: 100_000,
  confiscationThreshold: 100_000,
  penaltyKinds: ['REVOKE_LICENCE', 'ORDER_SUSPENSION', 'ORDER_CLOSURE'],
  hearingHeld: true,
  publicImpact: true,
  complex: true,
};

export type MajorInput = {
  readonly type: CaseType;
  readonly intendedPenalty?: IntendedPenalty | null;
  readonly partyKinds: readonly PartyKind[];
  readonly hearingHeld: boolean;
  readonly publicImpact: boolean;
  readonly complex: boolean;
};

export type MajorClassification = { readonly isMajor: boolean; readonly reasons: readonly string[] };

/** Classifies a case against the catalogue; the reasons (Chinese) are stored and shown to users. */
export function classifyMajor(input: MajorInput, catalogue: MajorCatalogue): MajorClassification {
  const reasons: string[] = [];
  if (catalogue.caseTypes.includes(input.type)) {
    reasons.push(`“${CASE_TYPE_NAMES[input.type]}”案件列入重大执法决定目录`);
  }
  reasons.push(...amountReasons(input, catalogue));
  for (const kind of input.intendedPenalty?.kinds ?? []) {
    if (catalogue.penaltyKinds.includes(kind)) reasons.push(`拟${PENALTY_KIND_NAMES[kind]}，列入重大执法决定目录`);
  }
  if (catalogue.publicImpact && input.publicImpact) reasons.push('涉及重大公共利益');
  if (catalogue.hearingHeld && input.hearingHeld) reasons.push('直接关系当事人或者第三人重大权益，经过听证程序');
  if (catalogue.complex && input.complex) reasons.push('案件情况疑难复杂、涉及多个法律关系');
  return { isMajor: reasons.length > 0, reasons };
}

function amountReasons(input: MajorInput, catalogue: MajorCatalogue): string[] {
  const penalty = input.intendedPenalty;
  if (!penalty) return [];
  const reasons: string[] = [];
  const fine = penalty.kinds.includes('FINE') ? penalty.fineAmount : null;
  if (fine != null) {
    // With several parties, the lowest applicable threshold decides.
    const limits = input.partyKinds
      .map((kind) => ({ kind, limit: kind === 'PERSON' ? catalogue.fineThresholdPerson : catalogue.fineThresholdOrganisation }))
      .filter((l): l is { kind: PartyKind; limit: number } => l.limit !== null && fine >= l.limit)
      .sort((a, b) => a.limit - b.limit);
    const hit = limits[0];
    if (hit) {
      const who = hit.kind === 'PERSON' ? '个人' : '单位';
      reasons.push(`拟对${who}罚款${formatYuan(fine)}，达到重大执法决定标准${formatYuan(hit.limit)}`);
    }
  }
  const limit = catalogue.confiscationThreshold;
  const seized = [
    penalty.kinds.includes('CONFISCATE_ILLEGAL_GAINS') ? (penalty.confiscatedGains ?? 0) : 0,
    penalty.kinds.includes('CONFISCATE_ILLEGAL_PROPERTY') ? (penalty.confiscatedPropertyValue ?? 0) : 0,
  ].reduce((sum, value) => sum + value, 0);
  if (limit !== null && seized > 0 && seized >= limit) {
    reasons.push(`拟没收违法所得或非法财物价值${formatYuan(seized)}，达到重大执法决定标准${formatYuan(limit)}`);
  }
  return reasons;
}
