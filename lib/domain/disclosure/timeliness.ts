import { addWorkingDays, deadlineStatus, type DeadlineState, type DueDateExplanation, type IsoDate, type WorkingCalendar } from '../calendar';

// Proactive disclosure: within 20 working days of the information being formed or changed
// (《政府信息公开条例》第二十六条; setting 'disclosure.proactiveWorkingDays').
export const PROACTIVE_CITATION = '《中华人民共和国政府信息公开条例》第二十六条';
// Items within this many working days of their due date are listed as approaching.
export const PROACTIVE_WARN_WITHIN_WORKING_DAYS = 5;

export type Timeliness = {
  due: IsoDate;
  explanation: DueDateExplanation;
  status: DeadlineState;
  remainingWorkingDays: number;
};

export function proactiveTimeliness(options: { formedOn: IsoDate; today: IsoDate; workingDays: number; calendar: WorkingCalendar; warnWithinWorkingDays?: number }): Timeliness {
  const { due, explanation } = addWorkingDays({ start: options.formedOn, days: options.workingDays, calendar: options.calendar });
  const { status, remainingWorkingDays } = deadlineStatus({
    due,
    today: options.today,
    calendar: options.calendar,
    warnWithinWorkingDays: options.warnWithinWorkingDays ?? PROACTIVE_WARN_WITHIN_WORKING_DAYS,
  });
  return { due, explanation, status, remainingWorkingDays };
}

// A published enforcement decision that is revoked or changed is withdrawn within 3 working days
// with reasons (《行政处罚法》第四十八条; setting 'publicity.withdrawWorkingDays').
export function withdrawalTimeliness(options: { decisionChangedOn: IsoDate; withdrawnOn: IsoDate; workingDays: number; calendar: WorkingCalendar }): {
  due: IsoDate;
  explanation: DueDateExplanation;
  onTime: boolean;
} {
  const { due, explanation } = addWorkingDays({
    start: options.decisionChangedOn,
    days: options.workingDays,
    calendar: options.calendar,
  });
  return { due, explanation, onTime: options.withdrawnOn <= due };
}
