import type { IsoDate } from '@/lib/domain/calendar/date-string';

export const ACTIVITY_KINDS = ['OFFLINE_EVENT', 'ONLINE_PUBLICATION', 'FESTIVAL_CAMPAIGN'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS = {
  OFFLINE_EVENT: '线下活动',
  ONLINE_PUBLICATION: '线上宣传',
  FESTIVAL_CAMPAIGN: '节日主题宣传',
} as const satisfies Record<ActivityKind, string>;

// Suggestions for the form; the field is free text (local campaigns differ).
export const FESTIVAL_SUGGESTIONS = ['春节', '元宵节', '清明节', '端午节', '中秋节', '重阳节', '国际残疾人日', '国家宪法日'] as const;
export const CHANNEL_SUGGESTIONS = ['微信公众号', '门户网站', '微博', '抖音', '报刊'] as const;

export type LedgerActivity = {
  readonly kind: ActivityKind;
  readonly heldOn: IsoDate;
  readonly leaflets: number;
  readonly reach: number;
};

export type LedgerTotals = {
  // Offline events (线下活动) — the annual report's "N场".
  events: number;
  festivalCampaigns: number;
  onlineItems: number;
  // Leaflets and materials handed out, across every kind (份).
  leaflets: number;
  // Readers / people reached, across every kind (人次).
  reach: number;
  activities: number;
};

export function ledgerTotals(activities: readonly LedgerActivity[]): LedgerTotals {
  const totals: LedgerTotals = { events: 0, festivalCampaigns: 0, onlineItems: 0, leaflets: 0, reach: 0, activities: activities.length };
  for (const activity of activities) {
    if (activity.kind === 'OFFLINE_EVENT') totals.events += 1;
    if (activity.kind === 'FESTIVAL_CAMPAIGN') totals.festivalCampaigns += 1;
    if (activity.kind === 'ONLINE_PUBLICATION') totals.onlineItems += 1;
    totals.leaflets += activity.leaflets;
    totals.reach += activity.reach;
  }
  return totals;
}
