// The kinds of administrative penalty (Penalty Law art. 9) and the shape of an intended penalty
// (EnforcementCase.intendedPenalty), stated in the rights notice and decided on.

export const PENALTY_KINDS = [
  'WARNING',
  'CIRCULATED_CRITICISM',
  'FINE',
  'CONFISCATE_ILLEGAL_GAINS',
  'CONFISCATE_ILLEGAL_PROPERTY',
  'SUSPEND_LICENCE',
  'LOWER_QUALIFICATION',
  'REVOKE_LICENCE',
  'RESTRICT_ACTIVITIES',
  'ORDER_SUSPENSION',
  'ORDER_CLOSURE',
  'RESTRICT_PRACTICE',
  'OTHER',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const PENALTY_KIND_NAMES = {
  WARNING: '警告',
  CIRCULATED_CRITICISM: '通报批评',
  FINE: '罚款',
  CONFISCATE_ILLEGAL_GAINS: '没收违法所得',
  CONFISCATE_ILLEGAL_PROPERTY: '没收非法财物',
  SUSPEND_LICENCE: '暂扣许可证件',
  LOWER_QUALIFICATION: '降低资质等级',
  REVOKE_LICENCE: '吊销许可证件',
  RESTRICT_ACTIVITIES: '限制开展生产经营活动',
  ORDER_SUSPENSION: '责令停产停业',
  ORDER_CLOSURE: '责令关闭',
  RESTRICT_PRACTICE: '限制从业',
  OTHER: '其他行政处罚',
} as const satisfies Record<PenaltyKind, string>;

export type IntendedPenalty = {
  readonly kinds: readonly PenaltyKind[];
  /** Yuan; with FINE. */
  readonly fineAmount?: number | null;
  /** Yuan; with CONFISCATE_ILLEGAL_GAINS. */
  readonly confiscatedGains?: number | null;
  /** Estimated value in yuan; with CONFISCATE_ILLEGAL_PROPERTY. */
  readonly confiscatedPropertyValue?: number | null;
  /** e.g. the licence concerned or the length of a suspension. */
  readonly details?: string;
};

export function isPenaltyKind(value: string): value is PenaltyKind {
  return (PENALTY_KINDS as readonly string[]).includes(value);
}

/** 12345.5 → "12,345.5元": amounts in messages, without relying on the runtime's locale data. */
export function formatYuan(amount: number): string {
  const [whole = '0', fraction] = Math.abs(amount).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}元`;
}

/** 警告、罚款5,000元 — the penalty as one phrase for notices, reasons and publicity. */
export function describePenalty(penalty: IntendedPenalty): string {
  return penalty.kinds
    .map((kind) => {
      if (kind === 'FINE' && penalty.fineAmount != null) return `罚款${formatYuan(penalty.fineAmount)}`;
      if (kind === 'CONFISCATE_ILLEGAL_GAINS' && penalty.confiscatedGains != null) {
        return `没收违法所得${formatYuan(penalty.confiscatedGains)}`;
      }
      return PENALTY_KIND_NAMES[kind];
    })
    .join('、');
}
