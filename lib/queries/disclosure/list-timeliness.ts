import 'server-only';
import type { Db } from '@/lib/db';
import { describeDueDate, toShanghaiDate, type DeadlineState } from '@/lib/domain/calendar';
import type { DisclosureCategory } from '@/lib/domain/disclosure/categories';
import { proactiveTimeliness } from '@/lib/domain/disclosure/timeliness';
import type { DisclosureStatus } from '@/lib/domain/disclosure/workflow';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type TimelinessRow = {
  id: string;
  title: string;
  category: DisclosureCategory;
  status: DisclosureStatus;
  formedOn: string;
  due: string;
  explanation: string;
  deadline: DeadlineState;
  remainingWorkingDays: number;
};

const UNPUBLISHED: DisclosureStatus[] = ['DRAFT', 'SECRECY_CHECKED', 'IN_REVIEW', 'APPROVED'];

// Unpublished items approaching (due-soon) or past (overdue) the proactive-disclosure limit:
// 20 working days from formation (setting 'disclosure.proactiveWorkingDays'). Most urgent first.
export async function listProactiveTimeliness(db: Db, now: Date = new Date()): Promise<TimelinessRow[]> {
  const [workingDays, calendar, items] = await Promise.all([
    readSetting(db, 'disclosure.proactiveWorkingDays'),
    loadWorkingCalendar(db),
    db.disclosure.findMany({
      where: { status: { in: UNPUBLISHED } },
      select: { id: true, title: true, category: true, status: true, formedOn: true },
    }),
  ]);
  const today = toShanghaiDate(now);
  return items
    .map((item): TimelinessRow => {
      const formedOn = isoOfDateColumn(item.formedOn);
      const result = proactiveTimeliness({ formedOn, today, workingDays, calendar });
      return {
        ...item,
        formedOn,
        due: result.due,
        explanation: describeDueDate(result.explanation),
        deadline: result.status,
        remainingWorkingDays: result.remainingWorkingDays,
      };
    })
    .filter((row) => row.deadline !== 'ok')
    .sort((a, b) => a.remainingWorkingDays - b.remainingWorkingDays || a.due.localeCompare(b.due));
}
