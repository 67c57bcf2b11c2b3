import type { IsoDate } from '@/lib/domain/calendar/date-string';

export type PlanItem = {
  readonly id: string;
  readonly unit: string;
  readonly laws: string;
  readonly audience: string;
  readonly dueOn: IsoDate;
};

export type PlanItemState = 'OPEN' | 'DUE';
export const PLAN_ITEM_STATE_LABELS = { OPEN: '进行中', DUE: '已到期' } as const satisfies Record<PlanItemState, string>;

export type PlanUnit<T extends PlanItem> = { unit: string; items: (T & { state: PlanItemState })[] };

// The annual plan (谁执法谁普法): each responsible unit with what it publicises to whom and by
// when, units in name order, items by due date.
export function annualPlan<T extends PlanItem>(items: readonly T[], today: IsoDate): PlanUnit<T>[] {
  const units = new Map<string, PlanUnit<T>>();
  const sorted = [...items].sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN') || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  for (const item of sorted) {
    const group = units.get(item.unit) ?? { unit: item.unit, items: [] };
    group.items.push({ ...item, state: item.dueOn < today ? 'DUE' : 'OPEN' });
    units.set(item.unit, group);
  }
  return [...units.values()];
}
