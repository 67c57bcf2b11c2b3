// Summary procedure (当场处罚, Penalty Law art. 51): conclusive facts with a legal basis, and only a
// warning or a fine up to ¥200 for a person / ¥3,000 for an organisation (settings).
import type { Blocker } from '@/lib/domain/blockers';
import type { CaseType, PartyKind } from './case-types';
import { penaltyLaw } from './citations';
import { PENALTY_KIND_NAMES, formatYuan, type IntendedPenalty } from './penalties';
import type { EnforcementSettings } from './settings';

export type SummaryInput = {
  readonly type: CaseType;
  readonly penalty: IntendedPenalty | null | undefined;
  readonly partyKinds: readonly PartyKind[];
  /** 违法事实确凿并有法定依据 — the officers' statement on the record. */
  readonly factsConclusive: boolean;
  readonly settings: EnforcementSettings;
};

export function summaryProcedureBlockers({ type, penalty, partyKinds, factsConclusive, settings }: SummaryInput): Blocker[] {
  const citation = penaltyLaw(51);
  if (type !== 'PENALTY') {
    return [{ code: 'enf.summary.notPenalty', message: '简易程序只适用于行政处罚案件', citation }];
  }
  const blockers: Blocker[] = [];
  if (!factsConclusive) {
    blockers.push({ code: 'enf.summary.factsNotConclusive', message: '适用简易程序须违法事实确凿并有法定依据', citation });
  }
  if (!penalty || penalty.kinds.length === 0) {
    blockers.push({ code: 'enf.summary.noPenalty', message: '尚未确定拟当场作出的处罚', citation });
    return blockers;
  }
  const other = penalty.kinds.filter((kind) => kind !== 'WARNING' && kind !== 'FINE');
  if (other.length > 0) {
    const names = other.map((kind) => PENALTY_KIND_NAMES[kind]).join('、');
    blockers.push({ code: 'enf.summary.kind', message: `当场处罚只能是警告或者罚款，不能${names}`, citation });
  }
  if (penalty.kinds.includes('FINE')) {
    // With several parties the strictest limit applies to each of them.
    const limit = Math.min(...partyKinds.map((kind) => (kind === 'PERSON' ? settings['summary.maxFinePerson'] : settings['summary.maxFineOrganisation'])));
    const amount = penalty.fineAmount;
    if (amount == null || !(amount > 0)) {
      blockers.push({ code: 'enf.summary.fineAmount', message: '罚款须写明金额', citation });
    } else if (partyKinds.length > 0 && amount > limit) {
      const who = partyKinds.includes('PERSON') ? '公民' : '法人或者其他组织';
      blockers.push({
        code: 'enf.summary.fineTooHigh',
        message: `当场处罚对${who}罚款不得超过${formatYuan(limit)}，拟罚款${formatYuan(amount)}，应适用普通程序`,
        citation,
      });
    }
  }
  if (partyKinds.length === 0) blockers.push({ code: 'enf.summary.noParty', message: '须登记当事人', citation });
  return blockers;
}
