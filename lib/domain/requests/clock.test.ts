import { describe, expect, it } from 'vitest';
import { NOTICE_CALENDAR as calendar } from '@/lib/domain/calendar/state-council-notices.fixture';
import { computeRequestClock, correctionBlockers, extensionBlockers, type RequestClockInput, type RequestState } from '@/lib/domain/requests';

// 2025: 国庆节、中秋节 Oct 1–8 off; Sun Sep 28 and Sat Oct 11 are make-up working days.
// Every due date below was counted by hand on that calendar.
const base: RequestClockInput = { receivedOn: '2025-09-25', correction: null, consultation: null, extension: null, calendar };
const running = (input: Partial<RequestClockInput>) => {
  const clock = computeRequestClock({ ...base, ...input });
  if (clock.state !== 'RUNNING') throw new Error('expected a running clock');
  return clock;
};

describe('the statutory clock of a request for information', () => {
  it('is 20 working days from receipt, across the National Day break and its make-up days', () => {
    const clock = running({});
    expect(clock.due).toBe('2025-10-29');
    expect(clock.workingDays).toBe(20);
    expect(clock.steps.at(-1)).toContain('跳过国庆节、中秋节假期（2025-10-01至2025-10-08）');
    expect(clock.steps.at(-1)).toContain('计入调休上班日2025-09-28、2025-10-11');
  });

  it('adds an approved extension of up to 20 working days, with its reason shown', () => {
    const clock = running({ extension: { days: 20, reason: '需调取档案' } });
    expect(clock.due).toBe('2025-11-26');
    expect(clock.steps.join('\n')).toContain('经负责人同意延长20个工作日（理由：需调取档案）');
  });

  it('stops while awaiting a correction and counts the 20 days again from the reply (art. 30)', () => {
    const paused = computeRequestClock({ ...base, correction: { requestedOn: '2025-09-30', repliedOn: null } });
    expect(paused).toMatchObject({ state: 'PAUSED', reason: 'CORRECTION', since: '2025-09-30' });
    expect(running({ correction: { requestedOn: '2025-09-30', repliedOn: '2025-10-10' } })).toMatchObject({ start: '2025-10-10', due: '2025-11-06' });
  });

  it('excludes the working days of a third-party consultation, at most 15', () => {
    expect(computeRequestClock({ ...base, consultation: { startedOn: '2025-10-09', endedOn: null } })).toMatchObject({ state: 'PAUSED', reason: 'CONSULTATION' });
    expect(running({ consultation: { startedOn: '2025-10-09', endedOn: '2025-10-17' } })).toMatchObject({ excludedWorkingDays: 7, due: '2025-11-07' });
    expect(running({ consultation: { startedOn: '2025-10-09', endedOn: '2025-11-28' } })).toMatchObject({ excludedWorkingDays: 15, due: '2025-11-19' });
  });

  it('combines correction, consultation and extension', () => {
    const clock = running({
      correction: { requestedOn: '2025-09-30', repliedOn: '2025-10-10' },
      consultation: { startedOn: '2025-10-13', endedOn: '2025-10-17' },
      extension: { days: 10, reason: '数量较大' },
    });
    expect(clock).toMatchObject({ start: '2025-10-10', workingDays: 34, excludedWorkingDays: 4, due: '2025-11-26' });
    expect(clock.steps).toHaveLength(5);
  });
});

const state: RequestState = {
  receivedOn: '2025-09-25',
  answered: false,
  correctionRequestedOn: null,
  correctionRepliedOn: null,
  consultationStartedOn: null,
  consultationEndedOn: null,
  extended: false,
};
const codes = (blockers: { code: string }[]) => blockers.map((b) => b.code);

describe('what may be done to the clock', () => {
  it('asks for a correction once, within 7 working days of receipt counted on the holiday calendar', () => {
    // Sep 26, 28 (make-up), 29, 30, Oct 9, 10, 11 (make-up) = 7 working days; Oct 13 is the 8th.
    expect(correctionBlockers(state, '2025-10-11', '2025-12-01', calendar)).toEqual([]);
    expect(codes(correctionBlockers(state, '2025-10-13', '2025-12-01', calendar))).toEqual(['CORRECTION_TOO_LATE']);
    expect(codes(correctionBlockers({ ...state, correctionRequestedOn: '2025-09-26' }, '2025-09-29', '2025-12-01', calendar))).toEqual(['CORRECTION_ONCE']);
  });

  it('extends once, by 1–20 working days, with a reason, before the due date and not while paused', () => {
    const clock = computeRequestClock(base);
    const ok = { on: '2025-10-20', days: 20, reason: '需要调取档案' };
    expect(extensionBlockers(state, ok, clock, '2025-12-01')).toEqual([]);
    expect(codes(extensionBlockers({ ...state, extended: true }, ok, clock, '2025-12-01'))).toEqual(['EXTENSION_ONCE']);
    expect(codes(extensionBlockers(state, { ...ok, days: 21 }, clock, '2025-12-01'))).toEqual(['EXTENSION_TOO_LONG']);
    expect(codes(extensionBlockers(state, { ...ok, reason: ' ' }, clock, '2025-12-01'))).toEqual(['EXTENSION_REASON']);
    expect(codes(extensionBlockers(state, { ...ok, on: '2025-10-30' }, clock, '2025-12-01'))).toEqual(['EXTENSION_AFTER_DUE']);
    const paused = computeRequestClock({ ...base, correction: { requestedOn: '2025-09-30', repliedOn: null } });
    expect(codes(extensionBlockers(state, ok, paused, '2025-12-01'))).toEqual(['CLOCK_PAUSED']);
  });
});
