import { missingCalendarYears } from '@/lib/domain/calendar';
import { makeTodo, type Todo, type TodoContext } from './todo';

// The admin loads each year's holiday arrangement before the year turns; until then every due
// date in that year is provisional (暂定).

export function calendarTodos(context: TodoContext): Todo[] {
  return missingCalendarYears({ today: context.today, loadedYears: context.loadedYears }).map((missing) =>
    makeTodo(
      {
        key: `calendar:${missing.year}`,
        area: 'CALENDAR',
        action: `录入${missing.year}年节假日安排`,
        title: `${missing.year}年的期限在录入前均为暂定`,
        href: `/staff/admin/holidays?year=${missing.year}`,
        due: missing.due,
        howComputed: missing.overdue
          ? `${missing.year}年已开始，尚未录入国务院办公厅公布的节假日安排`
          : `应在${missing.year}年开始前（${missing.due}前）录入国务院办公厅公布的节假日安排，自11月1日起提醒`,
        warnWithinWorkingDays: 20,
      },
      context,
    ),
  );
}
