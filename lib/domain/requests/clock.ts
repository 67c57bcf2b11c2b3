import { addWorkingDays, describeDueDate, workingDaysBetween, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';

// The statutory clock of a request for government information (《政府信息公开条例》2019):
// - art. 33: answer within 20 working days of receipt; one extension of at most 20 working days,
//   with the approval of the head of the disclosure office;
// - art. 30: a request that is unclear may be sent back once for correction (补正) within 7 working
//   days of receipt; the answer period is then counted from the day the corrected request arrives,
//   so the clock stops at the correction request and runs again (from zero) from the reply;
// - art. 32–33: the time spent consulting a third party (who has 15 working days to answer) is not
//   counted in the period.
export const ANSWER_WORKING_DAYS = 20;
export const MAX_EXTENSION_WORKING_DAYS = 20;
export const CORRECTION_WITHIN_WORKING_DAYS = 7;
export const MAX_CONSULTATION_WORKING_DAYS = 15;

export type RequestClockInput = {
  readonly receivedOn: IsoDate;
  readonly correction: { readonly requestedOn: IsoDate; readonly repliedOn: IsoDate | null } | null;
  readonly consultation: { readonly startedOn: IsoDate; readonly endedOn: IsoDate | null } | null;
  readonly extension: { readonly days: number; readonly reason: string } | null;
  readonly calendar: WorkingCalendar;
};

export type RequestClock =
  | {
      readonly state: 'RUNNING';
      /** The day the period is counted from (receipt, or the corrected request's arrival). */
      readonly start: IsoDate;
      /** Working days counted after `start`: 20 + extension + excluded consultation days. */
      readonly workingDays: number;
      readonly excludedWorkingDays: number;
      readonly due: IsoDate;
      /** How the due date was computed, one Chinese sentence per step, for the staff page. */
      readonly steps: readonly string[];
    }
  | {
      readonly state: 'PAUSED';
      readonly reason: 'CORRECTION' | 'CONSULTATION';
      readonly since: IsoDate;
      readonly steps: readonly string[];
    };

/** Working days excluded for a finished consultation: the days it took, at most 15. */
export function consultationExcludedDays(startedOn: IsoDate, endedOn: IsoDate, calendar: WorkingCalendar): number {
  return Math.min(Math.max(workingDaysBetween({ from: startedOn, to: endedOn, calendar }), 0), MAX_CONSULTATION_WORKING_DAYS);
}

export function computeRequestClock(input: RequestClockInput): RequestClock {
  const { receivedOn, correction, consultation, extension, calendar } = input;
  const steps: string[] = [`${receivedOn}收到申请`];
  let start = receivedOn;
  if (correction !== null) {
    if (correction.repliedOn === null) {
      steps.push(`${correction.requestedOn}一次性告知补正，期限停止计算，待申请人补正`);
      return { state: 'PAUSED', reason: 'CORRECTION', since: correction.requestedOn, steps };
    }
    steps.push(`${correction.requestedOn}告知补正，${correction.repliedOn}收到补正，答复期限自收到补正之日起重新计算（《政府信息公开条例》第三十条）`);
    start = correction.repliedOn;
  }
  let excluded = 0;
  if (consultation !== null) {
    if (consultation.endedOn === null) {
      steps.push(`${consultation.startedOn}起征求第三方意见，所需时间不计算在答复期限内（第三十三条），期限暂停`);
      return { state: 'PAUSED', reason: 'CONSULTATION', since: consultation.startedOn, steps };
    }
    excluded = consultationExcludedDays(consultation.startedOn, consultation.endedOn, calendar);
    steps.push(`${consultation.startedOn}至${consultation.endedOn}征求第三方意见，不计入${excluded}个工作日（最多${MAX_CONSULTATION_WORKING_DAYS}个工作日）`);
  }
  const extensionDays = extension?.days ?? 0;
  const parts = [`法定答复期限${ANSWER_WORKING_DAYS}个工作日`];
  if (extension !== null) parts.push(`经负责人同意延长${extension.days}个工作日（理由：${extension.reason}）`);
  if (excluded > 0) parts.push(`征求意见期间${excluded}个工作日`);
  const workingDays = ANSWER_WORKING_DAYS + extensionDays + excluded;
  steps.push(parts.length > 1 ? `${parts.join(' + ')}，共${workingDays}个工作日` : parts[0]!);
  const { due, explanation } = addWorkingDays({ start, days: workingDays, calendar });
  steps.push(describeDueDate(explanation));
  return { state: 'RUNNING', start, workingDays, excludedWorkingDays: excluded, due, steps };
}
