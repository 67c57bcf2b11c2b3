import { describe, expect, it } from 'vitest';
import { EMPTY_CALENDAR, addDays, calendarFromEntries, type CalendarEntry } from '@/lib/domain/calendar';
import { elderlyCareCoverage, type CoverageEntity, type CoverageInspection } from './coverage';

// 2021 arrangement (State Council notice, November 2020), the parts these tests cross.
function range(from: string, to: string, name: string): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) entries.push({ date, kind: 'HOLIDAY', name });
  return entries;
}
const calendar = calendarFromEntries([
  ...range('2021-01-01', '2021-01-03', '元旦'),
  ...range('2021-09-19', '2021-09-21', '中秋节'),
  { date: '2021-09-18', kind: 'MAKEUP_WORKDAY', name: '中秋节' },
  ...range('2021-10-01', '2021-10-07', '国庆节'),
  { date: '2021-09-26', kind: 'MAKEUP_WORKDAY', name: '国庆节' },
  { date: '2021-10-09', kind: 'MAKEUP_WORKDAY', name: '国庆节' },
]);

const home = (id: string, over: Partial<CoverageEntity> = {}): CoverageEntity => ({
  id,
  name: `${id}养老院`,
  kind: 'ELDERLY_CARE',
  closedOn: null,
  filedOn: '2018-03-01',
  ...over,
});
const visit = (entityId: string, inspectedOn: string, onSite = true): CoverageInspection => ({ entityId, inspectedOn, onSite });
const run = (entities: CoverageEntity[], inspections: CoverageInspection[], over: { today?: string; cal?: typeof calendar } = {}) =>
  elderlyCareCoverage({
    year: 2021,
    entities,
    inspections,
    calendar: over.cal ?? calendar,
    filingCheckWorkingDays: 20,
    today: over.today ?? '2022-01-10',
  });

describe('elderlyCareCoverage: once a year on site', () => {
  it('counts an institution covered by one on-site inspection in the year', () => {
    const coverage = run([home('a'), home('b')], [visit('a', '2021-03-02'), visit('a', '2021-07-01'), visit('b', '2021-12-31')]);
    expect(coverage).toMatchObject({ year: 2021, covered: 2, total: 2, uncovered: [] });
    expect(coverage.rows.find((r) => r.entityId === 'a')).toMatchObject({ onSiteCount: 2, lastOnSite: '2021-07-01' });
  });

  it('does not count an off-site check or one in another year, and names the institution', () => {
    const coverage = run([home('a'), home('b'), home('c')], [visit('a', '2021-05-05', false), visit('b', '2020-12-31'), visit('c', '2022-01-01'), visit('c', '2021-01-04')]);
    expect(coverage.covered).toBe(1);
    expect(coverage.total).toBe(3);
    expect(coverage.uncovered.map((u) => u.name)).toEqual(['a养老院', 'b养老院']);
    expect(coverage.uncovered[0]?.reasons).toEqual([{ code: 'NO_ON_SITE_INSPECTION', message: '2021年尚未进行现场检查' }]);
  });

  it('counts elderly-care institutions filed by the end of the year and open in it (closing one later changes nothing)', () => {
    const coverage = run(
      [
        home('a'),
        home('later', { filedOn: '2022-02-01' }),
        home('closed', { closedOn: '2021-01-01' }),
        home('closedLater', { closedOn: '2024-01-01' }),
        home('org', { kind: 'SOCIAL_ORGANISATION' }),
        home('unknown', { filedOn: null }),
      ],
      [visit('a', '2021-06-01')],
    );
    expect(coverage.total).toBe(3);
    expect(coverage.uncovered.map((u) => u.entityId)).toEqual(['closedLater', 'unknown']);
  });
});

describe('elderlyCareCoverage: on site within 20 working days of filing', () => {
  // Filed Tue 2021-09-28: 2 working days, then 国庆节 (10-01…10-07), the make-up Saturday 10-09
  // counts, … the 20th working day is Mon 2021-11-01 (without the holidays it would be 10-26).
  it('extends the window across the National Day break', () => {
    const filed = home('new', { filedOn: '2021-09-28' });
    const coverage = run([filed], [visit('new', '2021-10-28')]);
    expect(coverage.rows[0]).toMatchObject({ filingCheckDue: '2021-11-01', covered: true });
    expect(run([filed], [visit('new', '2021-11-01')]).covered).toBe(1);

    const weekendsOnly = run([filed], [visit('new', '2021-10-28')], { cal: EMPTY_CALENDAR });
    expect(weekendsOnly.rows[0]?.filingCheckDue).toBe('2021-10-26');
    expect(weekendsOnly.uncovered[0]?.reasons.map((r) => r.code)).toEqual(['FILING_CHECK_MISSED']);
  });

  it('a check after the due date keeps the yearly requirement but misses the filing check', () => {
    const coverage = run([home('new', { filedOn: '2021-09-28' })], [visit('new', '2021-11-02')]);
    expect(coverage.covered).toBe(0);
    expect(coverage.uncovered[0]?.reasons).toEqual([{ code: 'FILING_CHECK_MISSED', message: '2021-09-28备案后20个工作日内（截止2021-11-01）未进行现场检查' }]);
  });

  it('an inspection on the filing day counts; one before the filing does not', () => {
    expect(run([home('new', { filedOn: '2021-09-28' })], [visit('new', '2021-09-28')]).covered).toBe(1);
    const before = run([home('new', { filedOn: '2021-09-28' })], [visit('new', '2021-09-27')], { today: '2021-10-12' });
    expect(before.uncovered[0]?.reasons.map((r) => r.code)).toEqual(['FILING_CHECK_PENDING']);
    expect(before.uncovered[0]?.reasons[0]?.message).toContain('2021-11-01前');
  });

  it('a filing in late December is due in January and counts toward the next year too', () => {
    // Fri 2020-12-25: 4 working days in 2020, 元旦 (01-01…01-03) skipped, 16 more → Mon 2021-01-25.
    const filed = home('dec', { filedOn: '2020-12-25' });
    expect(run([filed], [visit('dec', '2021-01-25')]).rows[0]).toMatchObject({ filingCheckDue: '2021-01-25', covered: true });
    expect(run([filed], [visit('dec', '2021-01-26')]).uncovered[0]?.reasons.map((r) => r.code)).toEqual(['FILING_CHECK_MISSED']);
    expect(run([home('old', { filedOn: '2020-06-01' })], [visit('old', '2021-03-01')]).rows[0]?.filingCheckDue).toBeNull();
  });
});
