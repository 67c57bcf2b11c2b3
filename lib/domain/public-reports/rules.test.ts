import { describe, expect, it } from 'vitest';
import { NOTICE_CALENDAR as calendar } from '@/lib/domain/calendar/state-council-notices.fixture';
import { acceptBlockers, closeBlockers, reportDueDates } from './rules';

describe('due dates of a public report', () => {
  it('accept within 15 days, moved past the National Day break; close within 60 days of acceptance', () => {
    const due = reportDueDates({ receivedOn: '2025-09-16', acceptedOn: '2025-09-20', calendar });
    expect(due.acceptDue).toBe('2025-10-09');
    expect(due.acceptExplanation).toContain('逢国庆节、中秋节假期，顺延至其后首个工作日');
    expect(due.closeDue).toBe('2025-11-19');
    expect(reportDueDates({ receivedOn: '2025-09-16', acceptedOn: null, calendar }).closeDue).toBeNull();
  });

  it('accepts once and closes once, with an answer', () => {
    expect(acceptBlockers({ status: 'RECEIVED', receivedOn: '2025-09-16', on: '2025-09-17', today: '2025-12-01' })).toEqual([]);
    expect(acceptBlockers({ status: 'ACCEPTED', receivedOn: '2025-09-16', on: '2025-09-17', today: '2025-12-01' })[0]?.code).toBe('NOT_RECEIVED');
    expect(closeBlockers({ status: 'ACCEPTED', receivedOn: '2025-09-16', on: '2025-09-18', today: '2025-12-01', answer: ' ' })[0]?.code).toBe('NO_ANSWER');
    expect(closeBlockers({ status: 'CLOSED', receivedOn: '2025-09-16', on: '2025-09-18', today: '2025-12-01', answer: '已核查' })[0]?.code).toBe('ALREADY_CLOSED');
  });
});
