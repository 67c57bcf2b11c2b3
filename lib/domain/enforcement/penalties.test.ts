import { describe, expect, it } from 'vitest';
import { PENALTY_KINDS, PENALTY_KIND_NAMES, describePenalty, formatYuan, isPenaltyKind } from './penalties';
import { summaryProcedureBlockers } from './summary-procedure';
import { settings } from './case.fixture';

describe('penalties', () => {
  it('formats yuan with grouping, independent of locale', () => {
    expect(formatYuan(0)).toBe('0元');
    expect(formatYuan(200)).toBe('200元');
    expect(formatYuan(3000)).toBe('3,000元');
    expect(formatYuan(1234567.5)).toBe('1,234,567.5元');
    expect(formatYuan(-1500)).toBe('-1,500元');
  });

  it('describes a penalty as one phrase', () => {
    expect(describePenalty({ kinds: ['WARNING', 'FINE'], fineAmount: 5000 })).toBe('警告、罚款5,000元');
    expect(describePenalty({ kinds: ['CONFISCATE_ILLEGAL_GAINS', 'REVOKE_LICENCE'], confiscatedGains: 800 })).toBe('没收违法所得800元、吊销许可证件');
    expect(describePenalty({ kinds: ['FINE'] })).toBe('罚款');
  });

  it('names every kind and guards strings', () => {
    for (const kind of PENALTY_KINDS) expect(PENALTY_KIND_NAMES[kind]).toMatch(/\p{Script=Han}/u);
    expect(isPenaltyKind('FINE')).toBe(true);
    expect(isPenaltyKind('DETENTION')).toBe(false);
  });
});

describe('summaryProcedureBlockers', () => {
  const base = { type: 'PENALTY', partyKinds: ['PERSON'], factsConclusive: true, settings } as const;

  it('is for penalty cases only', () => {
    expect(summaryProcedureBlockers({ ...base, type: 'VAGRANT_RESCUE', penalty: { kinds: ['WARNING'] } }).map((b) => b.code)).toEqual(['enf.summary.notPenalty']);
  });

  it('needs a penalty, a fine amount and a party', () => {
    expect(summaryProcedureBlockers({ ...base, penalty: null }).map((b) => b.code)).toEqual(['enf.summary.noPenalty']);
    expect(summaryProcedureBlockers({ ...base, penalty: { kinds: ['FINE'] } }).map((b) => b.code)).toEqual(['enf.summary.fineAmount']);
    expect(summaryProcedureBlockers({ ...base, partyKinds: [], penalty: { kinds: ['WARNING'] } }).map((b) => b.code)).toEqual(['enf.summary.noParty']);
  });

  it('applies the person limit when a person and an organisation are both parties', () => {
    const blockers = summaryProcedureBlockers({ ...base, partyKinds: ['ORGANISATION', 'PERSON'], penalty: { kinds: ['FINE'], fineAmount: 1000 } });
    expect(blockers.map((b) => b.code)).toEqual(['enf.summary.fineTooHigh']);
    const organisation = summaryProcedureBlockers({ ...base, partyKinds: ['ORGANISATION'], penalty: { kinds: ['FINE'], fineAmount: 3001 } });
    expect(organisation[0]?.message).toBe('当场处罚对法人或者其他组织罚款不得超过3,000元，拟罚款3,001元，应适用普通程序');
  });
});
