import { describe, expect, it } from 'vitest';
import { EMPTY_CALENDAR, toShanghaiDate } from '@/lib/domain/calendar';
import { NOTICE_CALENDAR as calendar } from '@/lib/domain/calendar/state-council-notices.fixture';
import { describeReviewDue, extendReviewDue, parseDueExplanation, reviewDeadlineStatus, reviewDueDate } from './due-date';

const due = (submittedOn: string, workingDays = 7) => reviewDueDate({ submittedOn, workingDays, calendar }).due;

describe('reviewDueDate', () => {
  it('counts 7 working days over the 2024 Spring Festival, counting the Sunday make-up day', () => {
    const result = reviewDueDate({ submittedOn: '2024-02-08', workingDays: 7, calendar });
    expect(result.due).toBe('2024-02-23');
    expect(describeReviewDue(result.explanation, 0)).toBe('自2024-02-08次日起算7个工作日，跳过春节假期（2024-02-10至2024-02-17），计入调休上班日2024-02-18，截止2024-02-23');
  });

  it('counts over the 2025 Spring Festival with make-up days on both sides', () => {
    // Sun 01-26 make-up (1), Mon 01-27 (2), 01-28…02-04 off, 02-05…02-07 (3–5), Sat 02-08 make-up (6), Mon 02-10 (7).
    expect(due('2025-01-24')).toBe('2025-02-10');
  });

  it('counts over National Day 2024 and the combined 2025 National Day / Mid-Autumn break', () => {
    // Sun 09-29 make-up (1), Mon 09-30 (2), 10-01…10-07 off, 10-08…10-11 (3–6), Sat 10-12 make-up (7).
    expect(due('2024-09-27')).toBe('2024-10-12');
    expect(due('2025-09-30')).toBe('2025-10-16');
  });

  it('uses the configured number of days', () => {
    expect(reviewDueDate({ submittedOn: '2024-03-04', workingDays: 10, calendar: EMPTY_CALENDAR }).due).toBe('2024-03-18');
  });

  it('starts from the Asia/Shanghai date of submission', () => {
    // 16:30 UTC on 7 February is 00:30 on 8 February in Beijing.
    expect(due(toShanghaiDate(new Date('2024-02-07T16:30:00Z')))).toBe('2024-02-23');
  });
});

describe('extendReviewDue', () => {
  it('lands where counting the extension on from the old due date would, and says so', () => {
    const base = reviewDueDate({ submittedOn: '2024-02-08', workingDays: 7, calendar });
    const extended = extendReviewDue({ explanation: base.explanation, extensionDays: 3, calendar });
    // 2024-02-23 (Fri) + 3 working days: Mon 26, Tue 27, Wed 28.
    expect(extended.due).toBe('2024-02-28');
    expect(extended).toEqual(reviewDueDate({ submittedOn: '2024-02-08', workingDays: 7, extendedDays: 3, calendar }));
    expect(describeReviewDue(extended.explanation, 3)).toBe(
      '自2024-02-08次日起算10个工作日，跳过春节假期（2024-02-10至2024-02-17）及周末2天，计入调休上班日2024-02-18，截止2024-02-28（含延长的3个工作日）',
    );
  });

  it('crosses a holiday: extended from just before National Day 2025', () => {
    const base = reviewDueDate({ submittedOn: '2025-09-19', workingDays: 7, calendar });
    expect(base.due).toBe('2025-09-29'); // Sun 09-28 is a make-up day.
    // Tue 09-30 (1), 10-01…10-08 off, Thu 10-09 (2), Fri 10-10 (3).
    expect(extendReviewDue({ explanation: base.explanation, extensionDays: 3, calendar }).due).toBe('2025-10-10');
  });
});

describe('reviewDeadlineStatus', () => {
  it('flags due soon within two working days and overdue after the due date', () => {
    expect(reviewDeadlineStatus({ due: '2024-02-23', today: '2024-02-19', calendar }).status).toBe('ok');
    expect(reviewDeadlineStatus({ due: '2024-02-23', today: '2024-02-21', calendar }).status).toBe('due-soon');
    expect(reviewDeadlineStatus({ due: '2024-02-23', today: '2024-02-24', calendar }).status).toBe('overdue');
  });
});

describe('parseDueExplanation', () => {
  it('round-trips through JSON and rejects anything else', () => {
    const { explanation } = reviewDueDate({ submittedOn: '2024-02-08', workingDays: 7, calendar });
    expect(parseDueExplanation(JSON.parse(JSON.stringify(explanation)))).toEqual(explanation);
    expect(parseDueExplanation(null)).toBeNull();
    expect(parseDueExplanation([])).toBeNull();
    expect(parseDueExplanation({ rule: 'WORKING_DAYS', start: '2024-02-08' })).toBeNull();
  });
});
