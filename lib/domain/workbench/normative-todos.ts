import { addDays, type IsoDate } from '@/lib/domain/calendar';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Published normative documents (规范性文件) whose period of validity ends within 90 days: assess
// them and renew, amend or let them lapse before they expire. (Filing with the district
// government, 备案, is not recorded by the portal yet, so it has no to-do.)

export const NORMATIVE_NOTICE_DAYS = 90;

export type NormativeTodoFact = { readonly id: string; readonly title: string; readonly validUntil: IsoDate };

export function normativeTodos(documents: readonly NormativeTodoFact[], context: TodoContext): Todo[] {
  const horizon = addDays(context.today, NORMATIVE_NOTICE_DAYS);
  return documents
    .filter((d) => d.validUntil <= horizon && d.validUntil >= addDays(context.today, -NORMATIVE_NOTICE_DAYS))
    .map((d) =>
      makeTodo(
        {
          key: `normative:${d.id}`,
          area: 'NORMATIVE',
          action: '评估规范性文件，续期或清理',
          title: d.title,
          href: `/staff/disclosures/${d.id}`,
          due: d.validUntil,
          howComputed: `有效期至${d.validUntil}，届满前${NORMATIVE_NOTICE_DAYS}日起提醒评估`,
          warnWithinWorkingDays: 10,
        },
        context,
      ),
    );
}
