// Discretion benchmarks (裁量基准, Penalty Law art. 34): published fine bands per violation type and
// circumstance. A proposed fine outside its band is allowed only with a written reason.
import type { Blocker } from '@/lib/domain/blockers';
import { penaltyLaw } from './citations';
import { formatYuan } from './penalties';
import { isWaiverReasonSufficient } from './recording';

export const DISCRETION_SEVERITIES = ['MINOR', 'GENERAL', 'SERIOUS'] as const;
export type DiscretionSeverity = (typeof DISCRETION_SEVERITIES)[number];

export const SEVERITY_NAMES = {
  MINOR: '情节轻微',
  GENERAL: '情节一般',
  SERIOUS: '情节严重',
} as const satisfies Record<DiscretionSeverity, string>;

export type DiscretionBand = {
  readonly violationType: string;
  /** e.g. 未经登记擅自以社会团体名义开展活动 */
  readonly violationName: string;
  readonly severity: DiscretionSeverity;
  /** Yuan, both inclusive. */
  readonly minFine: number;
  readonly maxFine: number;
};

export type DiscretionInput = {
  readonly violationType: string;
  readonly proposedFine: number;
  /** The circumstance found; when absent any band of the violation type may hold the fine. */
  readonly severity?: DiscretionSeverity | null;
  readonly writtenReason?: string | null;
};

export type DiscretionResult = {
  readonly status: 'WITHIN' | 'OUTSIDE' | 'NO_BENCHMARK';
  /** The band that holds the fine, or the one it was measured against. */
  readonly band?: DiscretionBand;
  /** Chinese, for the case page. */
  readonly message: string;
  readonly blockers: readonly Blocker[];
};

function describe(band: DiscretionBand): string {
  return `${band.violationName}（${SEVERITY_NAMES[band.severity]}）罚款${formatYuan(band.minFine)}至${formatYuan(band.maxFine)}`;
}

function contains(band: DiscretionBand, fine: number): boolean {
  return band.minFine <= fine && fine <= band.maxFine;
}

function distance(band: DiscretionBand, fine: number): number {
  return fine < band.minFine ? band.minFine - fine : fine - band.maxFine;
}

export function checkDiscretion(input: DiscretionInput, bands: readonly DiscretionBand[]): DiscretionResult {
  const candidates = bands.filter((b) => b.violationType === input.violationType && (!input.severity || b.severity === input.severity));
  if (candidates.length === 0) {
    return { status: 'NO_BENCHMARK', message: '该违法行为尚未制定裁量基准', blockers: [] };
  }
  const within = candidates.find((b) => contains(b, input.proposedFine));
  if (within) {
    return { status: 'WITHIN', band: within, message: `拟罚款在裁量基准范围内：${describe(within)}`, blockers: [] };
  }
  const nearest = [...candidates].sort((a, b) => distance(a, input.proposedFine) - distance(b, input.proposedFine))[0]!;
  const message = `拟罚款${formatYuan(input.proposedFine)}超出裁量基准：${describe(nearest)}`;
  const blockers: Blocker[] = isWaiverReasonSufficient(input.writtenReason)
    ? []
    : [{ code: 'enf.discretion.reasonRequired', message: `${message}，须书面说明理由`, citation: penaltyLaw(34) }];
  return { status: 'OUTSIDE', band: nearest, message, blockers };
}
