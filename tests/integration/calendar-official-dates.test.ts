import { beforeAll, describe, expect, it, vi } from 'vitest';
import { upsertHolidayAction, deleteHolidayAction } from '@/app/(staff)/staff/admin/holidays/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { addCalendarDays, addWorkingDays, describeDueDate, type DueDateExplanation, type WorkingCalendar } from '@/lib/domain/calendar';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { actAs, form } from '../setup/act-as';
import { beijingMorning, insertReview, reviewDue } from '../factories/calendar';
import { ensureAdmin } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

// Worked by hand from the State Council General Office notices:
// 2024 春节 02-10…02-17 off, Sun 02-04 and Sun 02-18 worked; 中秋 09-15…09-17 off, Sat 09-14 worked;
// 国庆 10-01…10-07 off, Sun 09-29 and Sat 10-12 worked.
// 2025 春节 01-28…02-04 off, Sun 01-26 and Sat 02-08 worked; 国庆·中秋 10-01…10-08 off,
// Sun 09-28 and Sat 10-11 worked.
const WORKING_DAY_CASES: [start: string, days: number, due: string][] = [
  ['2024-02-08', 7, '2024-02-23'], // Fri 09 (1), break, Sun 18 make-up (2), 19–23 (3–7)
  ['2024-02-02', 7, '2024-02-18'], // Sun 04 make-up (1), 05–09 (2–6), break, Sun 18 make-up (7)
  ['2024-02-09', 1, '2024-02-18'], // the whole break is skipped; the next working day is a Sunday
  ['2024-02-08', 20, '2024-03-13'], // 09, 18, 19–23, 26–03-01, 03-04…08, 11–13 (18–20)
  ['2024-09-12', 7, '2024-09-24'], // Fri 13 (1), Sat 14 make-up (2), 中秋 15–17, 18–20 (3–5), 23–24 (6–7)
  ['2024-09-26', 7, '2024-10-11'], // Fri 27 (1), Sun 29 make-up (2), Mon 30 (3), 国庆, 08–11 (4–7)
  ['2024-10-10', 3, '2024-10-14'], // Fri 11 (1), Sat 12 make-up (2), Mon 14 (3)
  ['2025-01-24', 7, '2025-02-10'], // Sun 26 make-up (1), Mon 27 (2), break, 05–07 (3–5), Sat 08 make-up (6), Mon 10 (7)
  ['2025-01-27', 7, '2025-02-12'], // break, 05–07 (1–3), Sat 08 (4), 10–12 (5–7)
  ['2025-01-27', 1, '2025-02-05'],
  ['2025-09-26', 7, '2025-10-13'], // Sun 28 make-up (1), 29–30 (2–3), break 10-01…10-08, 09–10 (4–5), Sat 11 (6), Mon 13 (7)
  ['2025-09-30', 20, '2025-11-04'],
  ['2025-09-30', 1, '2025-10-09'],
];

const CALENDAR_DAY_CASES: [start: string, days: number, due: string][] = [
  ['2024-07-03', 90, '2024-10-08'], // nominal end 10-01 (国庆) → first working day after the break
  ['2024-11-02', 90, '2025-02-05'], // nominal end 01-31 (春节) → 02-05
  ['2025-07-10', 90, '2025-10-09'], // nominal end 10-08 (国庆·中秋) → 10-09
  ['2024-07-14', 90, '2024-10-12'], // nominal end Sat 10-12 is a make-up working day: no extension
];

let calendar: WorkingCalendar;
let admin: Actor;
beforeAll(async () => {
  calendar = await loadWorkingCalendar(getDb());
  admin = await ensureAdmin(getDb());
});

describe('due dates on the seeded holiday table match the official 2024 and 2025 arrangements', () => {
  it.each(WORKING_DAY_CASES)('%s + %i working days → %s', (start, days, due) => {
    expect(addWorkingDays({ start, days, calendar }).due).toBe(due);
  });

  it.each(CALENDAR_DAY_CASES)('%s + %i days → %s', (start, days, due) => {
    expect(addCalendarDays({ start, days, calendar }).due).toBe(due);
  });

  it('explains the 2024 Spring Festival case as the notice reads', () => {
    expect(describeDueDate(addWorkingDays({ start: '2024-02-08', days: 7, calendar }).explanation)).toBe(
      '自2024-02-08次日起算7个工作日，跳过春节假期（2024-02-10至2024-02-17），计入调休上班日2024-02-18，截止2024-02-23',
    );
  });

  it('recomputing pending reviews uses the Beijing day of submission and the seeded table', async () => {
    const db = getDb();
    // Stale due dates: any calendar change puts them right.
    const morning = await insertReview(db, { submittedById: admin.id, submittedAt: beijingMorning('2024-02-08'), dueOn: '2024-02-17' });
    // 16:30 UTC on the 8th is 00:30 on the 9th in Beijing: counting starts on the 10th.
    const lateNight = await insertReview(db, { submittedById: admin.id, submittedAt: new Date('2024-02-08T16:30:00Z'), dueOn: '2024-02-17' });
    const nationalDay = await insertReview(db, { submittedById: admin.id, submittedAt: beijingMorning('2025-09-26'), dueOn: '2025-10-01' });

    await actAs(admin);
    expect((await upsertHolidayAction(initialActionState, form({ date: '2030-01-01', kind: 'HOLIDAY', holidayName: '元旦' }))).ok).toBe(true);
    expect((await reviewDue(db, morning.id)).dueOn).toBe('2024-02-23');
    expect((await reviewDue(db, lateNight.id)).dueOn).toBe('2024-02-26');
    const national = await reviewDue(db, nationalDay.id);
    expect(national.dueOn).toBe('2025-10-13');
    expect(describeDueDate(national.explanation as unknown as DueDateExplanation)).toBe(
      '自2025-09-26次日起算7个工作日，跳过国庆节、中秋节假期（2025-10-01至2025-10-08）及周末2天，' + '计入调休上班日2025-09-28、2025-10-11，截止2025-10-13',
    );
    const recompute = await db.auditEvent.findFirstOrThrow({ where: { action: 'holiday.recompute', entityId: '2030-01-01' } });
    expect(recompute.after).toEqual({ changed: 3, byKind: { LegalReview: 3 } });
    await deleteHolidayAction(initialActionState, form({ date: '2030-01-01' }));
    const again = await db.auditEvent.findFirstOrThrow({ where: { action: 'holiday.recompute' }, orderBy: { id: 'desc' } });
    expect(again.after).toEqual({ changed: 0, byKind: { LegalReview: 0 } });
  });
});
