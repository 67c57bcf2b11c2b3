import { addDays } from './date-string';
import type { DueDateExplanation, SkippedDay } from './periods';

/**
 * One Simplified Chinese sentence saying how a due date was computed, for display beside it.
 *
 * - Working days: "自2024-02-08次日起算7个工作日，跳过春节假期（2024-02-10至2024-02-17），
 *   计入调休上班日2024-02-18，截止2024-02-23". Holidays are listed as date ranges because they are
 *   what a reader checks; ordinary weekends are only counted.
 * - Calendar days: "自2024-07-03次日起算90日，期满日2024-10-01逢国庆节假期，顺延至其后首个工作日，
 *   截止2024-10-08".
 */
export function describeDueDate(explanation: DueDateExplanation): string {
  const { start, days, due } = explanation;
  if (explanation.rule === 'CALENDAR_DAYS') {
    return `自${start}次日起算${days}日${describeExtension(explanation)}，截止${due}`;
  }
  const clauses = [`自${start}次日起算${days}个工作日`];
  const skipped = describeSkipped(explanation.skippedDays);
  if (skipped !== '') clauses.push(`跳过${skipped}`);
  if (explanation.countedMakeupWorkdays.length > 0) {
    clauses.push(`计入调休上班日${explanation.countedMakeupWorkdays.map((d) => d.date).join('、')}`);
  }
  clauses.push(`截止${due}`);
  return clauses.join('，');
}

function describeExtension(explanation: DueDateExplanation): string {
  const first = explanation.skippedDays[0];
  if (first === undefined) {
    return explanation.countedMakeupWorkdays.length > 0 ? `，期满日${explanation.nominalEnd}为调休上班日` : '';
  }
  const reason = first.reason === 'HOLIDAY' ? `${first.label}假期` : '周末';
  return `，期满日${explanation.nominalEnd}逢${reason}，顺延至其后首个工作日`;
}

/** "春节假期（a至b）、元旦假期（c）及周末N天"; consecutive holiday days form one range. */
function describeSkipped(skippedDays: readonly SkippedDay[]): string {
  const weekendCount = skippedDays.filter((d) => d.reason === 'WEEKEND').length;
  const holidays = holidayRuns(skippedDays).map(({ names, from, to }) => {
    const range = from === to ? from : `${from}至${to}`;
    return `${names.join('、')}假期（${range}）`;
  });
  const weekend = weekendCount > 0 ? `周末${weekendCount}天` : '';
  if (holidays.length === 0) return weekend;
  return weekend === '' ? holidays.join('、') : `${holidays.join('、')}及${weekend}`;
}

type HolidayRun = { names: string[]; from: string; to: string };

// A combined break (2025: 国庆节 and 中秋节, Oct 1–8) reads as one range with both names.
function holidayRuns(skippedDays: readonly SkippedDay[]): HolidayRun[] {
  const runs: HolidayRun[] = [];
  for (const day of skippedDays) {
    if (day.reason !== 'HOLIDAY') continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      if (!last.names.includes(day.label)) last.names.push(day.label);
    } else {
      runs.push({ names: [day.label], from: day.date, to: day.date });
    }
  }
  return runs;
}
