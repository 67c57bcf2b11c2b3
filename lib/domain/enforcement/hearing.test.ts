import { describe, expect, it } from 'vitest';
import { calendar, settings } from './case.fixture';
import { DEFAULT_HEARING_KINDS, earliestHearingDate, hearingRequestDue, hearingRequired, hearingRequiredForParties, hearingThresholdsFrom } from './hearing';

const thresholds = hearingThresholdsFrom(settings);

describe('hearingRequired (art. 63)', () => {
  it('takes the fine thresholds from the settings, inclusive', () => {
    expect(thresholds).toMatchObject({ fineThresholdPerson: 10_000, fineThresholdOrganisation: 100_000 });
    expect(hearingRequired({ kinds: ['FINE'], fineAmount: 9_999 }, 'PERSON', thresholds).required).toBe(false);
    expect(hearingRequired({ kinds: ['FINE'], fineAmount: 10_000 }, 'PERSON', thresholds)).toEqual({
      required: true,
      grounds: ['拟罚款10,000元，达到对个人较大数额罚款标准10,000元'],
    });
    expect(hearingRequired({ kinds: ['FINE'], fineAmount: 50_000 }, 'ORGANISATION', thresholds).required).toBe(false);
    expect(hearingRequired({ kinds: ['FINE'], fineAmount: 100_000 }, 'ORGANISATION', thresholds).required).toBe(true);
  });

  it('follows changed settings', () => {
    const local = hearingThresholdsFrom({ ...settings, 'hearing.fineThresholdPerson': 5_000 });
    expect(hearingRequired({ kinds: ['FINE'], fineAmount: 5_000 }, 'PERSON', local).required).toBe(true);
  });

  it('counts confiscation of large value, with its own configurable threshold', () => {
    const gains = { kinds: ['CONFISCATE_ILLEGAL_GAINS'], confiscatedGains: 20_000 } as const;
    expect(hearingRequired(gains, 'PERSON', thresholds).grounds).toEqual(['拟没收违法所得20,000元，达到对个人没收较大数额违法所得标准10,000元']);
    const property = { kinds: ['CONFISCATE_ILLEGAL_PROPERTY'], confiscatedPropertyValue: 20_000 } as const;
    expect(hearingRequired(property, 'PERSON', hearingThresholdsFrom(settings, { confiscationThresholdPerson: 50_000 })).required).toBe(false);
  });

  it('always offers a hearing for lowering qualifications, revoking licences, suspension, closure, restricting practice', () => {
    for (const kind of ['LOWER_QUALIFICATION', 'REVOKE_LICENCE', 'ORDER_SUSPENSION', 'ORDER_CLOSURE', 'RESTRICT_PRACTICE'] as const) {
      expect(DEFAULT_HEARING_KINDS).toContain(kind);
      expect(hearingRequired({ kinds: [kind] }, 'ORGANISATION', thresholds).required).toBe(true);
    }
    expect(hearingRequired({ kinds: ['REVOKE_LICENCE'] }, 'ORGANISATION', thresholds).grounds).toEqual(['拟吊销许可证件']);
  });

  it('never for a warning or a small fine, and the list of kinds is configurable', () => {
    expect(hearingRequired({ kinds: ['WARNING', 'CIRCULATED_CRITICISM'] }, 'PERSON', thresholds)).toEqual({ required: false, grounds: [] });
    const narrow = hearingThresholdsFrom(settings, { kinds: ['REVOKE_LICENCE'] });
    expect(hearingRequired({ kinds: ['SUSPEND_LICENCE'] }, 'ORGANISATION', narrow).required).toBe(false);
  });

  it('ignores an amount given without its penalty kind', () => {
    expect(hearingRequired({ kinds: ['WARNING'], fineAmount: 1_000_000 }, 'PERSON', thresholds).required).toBe(false);
  });

  it('requires a hearing when it is required for any of several parties', () => {
    const fine = { kinds: ['FINE'], fineAmount: 20_000 } as const;
    expect(hearingRequiredForParties(fine, ['ORGANISATION'], thresholds).required).toBe(false);
    expect(hearingRequiredForParties(fine, ['ORGANISATION', 'PERSON'], thresholds).required).toBe(true);
    expect(hearingRequiredForParties(fine, [], thresholds).required).toBe(false);
  });
});

describe('hearing dates on the working-day calendar (art. 64)', () => {
  it('closes the request window 5 working days after the notice, counting a make-up Sunday', () => {
    const { due, explanation } = hearingRequestDue({ noticeServedOn: '2024-09-23', calendar, settings });
    expect(due).toBe('2024-09-29');
    expect(explanation.countedMakeupWorkdays.map((d) => d.date)).toEqual(['2024-09-29']);
  });

  it('puts the earliest hearing 7 working days after the notice, across the National Day break', () => {
    expect(earliestHearingDate({ noticeSentOn: '2024-09-27', calendar, settings }).due).toBe('2024-10-12');
  });
});
