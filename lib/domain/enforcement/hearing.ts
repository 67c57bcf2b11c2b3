// Hearings (Penalty Law arts. 63–65): which intended penalties carry the right to a hearing, the
// 5-working-day request window, the 7-working-day notice, and who may host.
import type { Blocker } from '@/lib/domain/blockers';
import { addWorkingDays, type DueDate, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';
import type { PartyKind } from './case-types';
import type { CaseOfficerFact, HearingFact } from './case-facts';
import { penaltyLaw } from './citations';
import { PENALTY_KIND_NAMES, formatYuan, type IntendedPenalty, type PenaltyKind } from './penalties';
import type { EnforcementSettings } from './settings';

export type HearingThresholds = {
  /** "较大数额罚款": a fine at or above this (yuan) carries the right to a hearing. */
  readonly fineThresholdPerson: number;
  readonly fineThresholdOrganisation: number;
  /** "没收较大数额违法所得、没收较大价值非法财物". */
  readonly confiscationThresholdPerson: number;
  readonly confiscationThresholdOrganisation: number;
  /** Penalties that always carry the right, whatever their amount (art. 63 items 3–5). */
  readonly kinds: readonly PenaltyKind[];
};

// Items 3 and 4 of art. 63, plus the heavier measures the bureau treats as item 5 (其他较重的行政处罚).
export const DEFAULT_HEARING_KINDS: readonly PenaltyKind[] = [
  'LOWER_QUALIFICATION',
  'REVOKE_LICENCE',
  'ORDER_SUSPENSION',
  'ORDER_CLOSURE',
  'RESTRICT_PRACTICE',
  'RESTRICT_ACTIVITIES',
  'SUSPEND_LICENCE',
];

/** Confiscation thresholds default to the fine thresholds until the bureau sets its own. */
export function hearingThresholdsFrom(settings: EnforcementSettings, overrides: Partial<HearingThresholds> = {}): HearingThresholds {
  return {
    fineThresholdPerson: settings['hearing.fineThresholdPerson'],
    fineThresholdOrganisation: settings['hearing.fineThresholdOrganisation'],
    confiscationThresholdPerson: settings['hearing.fineThresholdPerson'],
    confiscationThresholdOrganisation: settings['hearing.fineThresholdOrganisation'],
    kinds: DEFAULT_HEARING_KINDS,
    ...overrides,
  };
}

export type HearingAssessment = { readonly required: boolean; readonly grounds: readonly string[] };

/** Whether the rights notice must offer a hearing, and why (Chinese, for the notice and the UI). */
export function hearingRequired(penalty: IntendedPenalty, partyKind: PartyKind, thresholds: HearingThresholds): HearingAssessment {
  const person = partyKind === 'PERSON';
  const who = person ? '个人' : '单位';
  const fineLimit = person ? thresholds.fineThresholdPerson : thresholds.fineThresholdOrganisation;
  const seizeLimit = person ? thresholds.confiscationThresholdPerson : thresholds.confiscationThresholdOrganisation;
  const grounds: string[] = [];
  const amounts: readonly [PenaltyKind, number | null | undefined, number, string][] = [
    ['FINE', penalty.fineAmount, fineLimit, '较大数额罚款'],
    ['CONFISCATE_ILLEGAL_GAINS', penalty.confiscatedGains, seizeLimit, '没收较大数额违法所得'],
    ['CONFISCATE_ILLEGAL_PROPERTY', penalty.confiscatedPropertyValue, seizeLimit, '没收较大价值非法财物'],
  ];
  for (const [kind, amount, limit, label] of amounts) {
    if (penalty.kinds.includes(kind) && amount != null && amount >= limit) {
      grounds.push(`拟${PENALTY_KIND_NAMES[kind]}${formatYuan(amount)}，达到对${who}${label}标准${formatYuan(limit)}`);
    }
  }
  for (const kind of penalty.kinds) {
    if (thresholds.kinds.includes(kind)) grounds.push(`拟${PENALTY_KIND_NAMES[kind]}`);
  }
  return { required: grounds.length > 0, grounds };
}

/** Any party's assessment requiring a hearing is enough. */
export function hearingRequiredForParties(penalty: IntendedPenalty, partyKinds: readonly PartyKind[], thresholds: HearingThresholds): HearingAssessment {
  const grounds = [...new Set(partyKinds.flatMap((kind) => hearingRequired(penalty, kind, thresholds).grounds))];
  return { required: grounds.length > 0, grounds };
}

type DateInput = { readonly calendar: WorkingCalendar; readonly settings: EnforcementSettings };

/** Last day to request a hearing: 5 working days after the rights notice was served (art. 64(一)). */
export function hearingRequestDue({ noticeServedOn, calendar, settings }: DateInput & { noticeServedOn: IsoDate }): DueDate {
  return addWorkingDays({ start: noticeServedOn, days: settings['hearing.requestWorkingDays'], calendar });
}

/** Earliest hearing day: the party is told 7 working days ahead (art. 64(二)). */
export function earliestHearingDate({ noticeSentOn, calendar, settings }: DateInput & { noticeSentOn: IsoDate }): DueDate {
  return addWorkingDays({ start: noticeSentOn, days: settings['hearing.noticeWorkingDays'], calendar });
}

export type HearingScheduleInput = DateInput & {
  readonly hearing: HearingFact;
  readonly officers: readonly CaseOfficerFact[];
};

/** Scheduling or holding a hearing: timely notice, and a qualified host who did not investigate. */
export function hearingScheduleBlockers({ hearing, officers, calendar, settings }: HearingScheduleInput): Blocker[] {
  const blockers: Blocker[] = [];
  const citation = penaltyLaw(64);
  const day = hearing.heldOn ?? hearing.scheduledOn;
  if (day) {
    if (!hearing.noticeSentOn) {
      blockers.push({ code: 'enf.hearing.noNotice', message: '未向当事人送达听证通知', citation });
    } else {
      const earliest = earliestHearingDate({ noticeSentOn: hearing.noticeSentOn, calendar, settings }).due;
      if (day < earliest) {
        const days = settings['hearing.noticeWorkingDays'];
        blockers.push({
          code: 'enf.hearing.noticeTooShort',
          message: `听证通知须在举行听证${days}个工作日前送达，本次听证最早可于${earliest}举行`,
          citation,
        });
      }
    }
  }
  if (!hearing.hostOfficerId) {
    if (day) blockers.push({ code: 'enf.hearing.noHost', message: '尚未指定听证主持人', citation });
    return blockers;
  }
  const host = officers.find((o) => o.officerId === hearing.hostOfficerId && o.role === 'HEARING_HOST');
  if (!host || !host.holdsHearingHostRole || !host.certificateValid) {
    blockers.push({ code: 'enf.hearing.hostNotQualified', message: '听证主持人须为持有效听证主持人证件的听证主持人', citation });
  }
  if (officers.some((o) => o.officerId === hearing.hostOfficerId && o.role === 'INVESTIGATOR')) {
    blockers.push({ code: 'enf.hearing.hostIsInvestigator', message: '听证主持人不得由本案调查人员担任', citation });
  }
  return blockers;
}
