import { describe, expect, it } from 'vitest';

import { describeDueDate } from './describe-due-date';
import { addCalendarDays, addWorkingDays } from './periods';
import { NOTICE_CALENDAR as calendar } from './state-council-notices.fixture';
import { EMPTY_CALENDAR } from './working-calendar';

const working = (start: string, days: number): string => describeDueDate(addWorkingDays({ start, days, calendar }).explanation);
const calendarDays = (start: string, days: number): string => describeDueDate(addCalendarDays({ start, days, calendar }).explanation);

describe('describeDueDate', () => {
  it('names the holiday range and the counted make-up day', () => {
    expect(working('2024-02-08', 7)).toBe('自2024-02-08次日起算7个工作日，跳过春节假期（2024-02-10至2024-02-17），计入调休上班日2024-02-18，截止2024-02-23');
  });

  it('lists several breaks, the weekend count and every make-up day', () => {
    expect(working('2024-09-20', 20)).toBe(
      '自2024-09-20次日起算20个工作日，跳过国庆节假期（2024-10-01至2024-10-07）及周末6天，' + '计入调休上班日2024-09-29、2024-10-12，截止2024-10-23',
    );
  });

  it('reads a combined break as one range', () => {
    expect(working('2025-09-30', 7)).toBe(
      '自2025-09-30次日起算7个工作日，跳过国庆节、中秋节假期（2025-10-01至2025-10-08）及周末1天，' + '计入调休上班日2025-10-11，截止2025-10-16',
    );
  });

  it('keeps it short when nothing was skipped', () => {
    expect(describeDueDate(addWorkingDays({ start: '2024-03-04', days: 3, calendar: EMPTY_CALENDAR }).explanation)).toBe('自2024-03-04次日起算3个工作日，截止2024-03-07');
    expect(working('2024-03-08', 1)).toBe('自2024-03-08次日起算1个工作日，跳过周末2天，截止2024-03-11');
  });

  it('explains a calendar-day period extended past a holiday or weekend', () => {
    expect(calendarDays('2024-07-03', 90)).toBe('自2024-07-03次日起算90日，期满日2024-10-01逢国庆节假期，顺延至其后首个工作日，截止2024-10-08');
    expect(calendarDays('2024-03-01', 15)).toBe('自2024-03-01次日起算15日，期满日2024-03-16逢周末，顺延至其后首个工作日，截止2024-03-18');
  });

  it('explains a calendar-day period ending on a make-up day or an ordinary working day', () => {
    expect(calendarDays('2024-10-28', 90)).toBe('自2024-10-28次日起算90日，期满日2025-01-26为调休上班日，截止2025-01-26');
    expect(calendarDays('2024-03-04', 15)).toBe('自2024-03-04次日起算15日，截止2024-03-19');
  });
});
