import type { Role } from '@/lib/domain/auth/permissions';
import { addDays, type IsoDate } from '@/lib/domain/calendar';
import { THREE_SYSTEMS_GUIDELINE } from '@/lib/domain/enforcement';
import { makeTodo, type Todo, type TodoContext } from './todo';

// The yearly statutory dates, each about the previous year: enforcement statistics made public by
// 31 January (three-systems guideline), the disclosure annual report published by 31 January
// (《政府信息公开条例》第四十九条), the rule-of-law report to the Party committee and the
// government by 1 March and published by 1 April (《法治政府建设与责任落实督察工作规定》).
// Each shows from 45 days before its date; once past, it stays (overdue) until the portal knows it
// is done, and leaves on the date where the portal cannot know (nothing records it).

export const STATUTORY_NOTICE_DAYS = 45;

export const STATUTORY_DATES = [
  { key: 'enforcement-statistics', monthDay: '01-31', action: '公开上一年度行政执法统计数据', roles: ['DIRECTOR'], citation: THREE_SYSTEMS_GUIDELINE, href: '/staff/reports' },
  {
    key: 'disclosure-annual-report',
    monthDay: '01-31',
    action: '发布上一年度政府信息公开工作年度报告',
    roles: ['DIRECTOR', 'EDITOR'],
    citation: '《中华人民共和国政府信息公开条例》第四十九条',
    href: '/staff/disclosures',
  },
  {
    key: 'rule-of-law-report',
    monthDay: '03-01',
    action: '向党委和政府报告上一年度法治政府建设情况',
    roles: ['DIRECTOR'],
    citation: '《法治政府建设与责任落实督察工作规定》第二十五条',
    href: '/staff/reports',
  },
  {
    key: 'rule-of-law-report-published',
    monthDay: '04-01',
    action: '向社会公开上一年度法治政府建设年度报告',
    roles: ['DIRECTOR'],
    citation: '《法治政府建设与责任落实督察工作规定》第二十六条',
    href: '/staff/reports',
  },
] as const satisfies readonly { key: string; monthDay: string; action: string; roles: readonly Role[]; citation: string; href: string }[];

export type StatutoryKey = (typeof STATUTORY_DATES)[number]['key'];

/** What the portal knows is done for the previous year (`undefined`: it cannot know). */
export type StatutoryFacts = Partial<Record<StatutoryKey, boolean>>;

export function statutoryTodos(facts: StatutoryFacts, viewer: { readonly roles: readonly Role[] }, context: TodoContext): Todo[] {
  const year = Number(context.today.slice(0, 4));
  const todos: Todo[] = [];
  for (const spec of STATUTORY_DATES) {
    if (!spec.roles.some((role) => viewer.roles.includes(role))) continue;
    // This year's date (about last year) and, late in the year, next year's (about this year).
    for (const dueYear of [year, year + 1]) {
      const due: IsoDate = `${dueYear}-${spec.monthDay}`;
      if (context.today < addDays(due, -STATUTORY_NOTICE_DAYS)) continue;
      const known = dueYear === year ? facts[spec.key] : undefined;
      if (known === true) continue;
      if (context.today > due && known === undefined) continue;
      todos.push(
        makeTodo(
          {
            key: `statutory:${spec.key}:${dueYear}`,
            area: 'STATUTORY',
            action: spec.action.replace('上一年度', `${dueYear - 1}年度`),
            title: `每年${Number(spec.monthDay.slice(0, 2))}月${Number(spec.monthDay.slice(3))}日前`,
            href: spec.href,
            due,
            howComputed: `法定日期：每年${Number(spec.monthDay.slice(0, 2))}月${Number(spec.monthDay.slice(3))}日前（${spec.citation}），自到期前${STATUTORY_NOTICE_DAYS}日起提醒`,
            warnWithinWorkingDays: 10,
          },
          context,
        ),
      );
    }
  }
  return todos;
}
