// The working-day calendar: pure deadline maths shared by every area that has a statutory limit.
export { addDays, assertIsoDate, dayOfWeek, daysBetween, isIsoDate, isWeekend, toShanghaiDate, type IsoDate } from './date-string';
export {
  EMPTY_CALENDAR,
  calendarFromEntries,
  classifyDay,
  isWorkingDay,
  validateCalendar,
  validateCalendarEntries,
  type CalendarEntry,
  type CalendarEntryKind,
  type CalendarProblem,
  type CalendarProblemCode,
  type DayKind,
  type WorkingCalendar,
} from './working-calendar';
export { addCalendarDays, addWorkingDays, type CountedMakeupWorkday, type DueDate, type DueDateExplanation, type PeriodInput, type PeriodRule, type SkippedDay } from './periods';
export { deadlineStatus, workingDaysBetween, type DeadlineState, type DeadlineStatus, type DeadlineStatusInput, type WorkingDaysBetweenInput } from './deadline-status';
export { describeDueDate } from './describe-due-date';
export { NEXT_YEAR_REMINDER_FROM, isProvisionalDue, loadedHolidayYears, missingCalendarYears, type MissingCalendarYear } from './coverage';
