import type { IsoDate } from '@/lib/domain/calendar';
import { reportDueDates } from '@/lib/domain/public-reports/rules';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Reports and complaints from the public: decide whether to accept within 15 days of receipt,
// then answer within 60 days of acceptance. The loader passes only the kinds the viewer handles.

export type PublicReportTodoFact = {
  readonly id: string;
  readonly kindLabel: string;
  readonly summary: string;
  readonly status: 'RECEIVED' | 'ACCEPTED';
  readonly receivedOn: IsoDate;
  readonly acceptedOn: IsoDate | null;
};

export function publicReportTodos(reports: readonly PublicReportTodoFact[], context: TodoContext): Todo[] {
  return reports.flatMap((r) => {
    const due = reportDueDates({ receivedOn: r.receivedOn, acceptedOn: r.acceptedOn, calendar: context.calendar });
    const href = `/staff/public-reports#report-${r.id}`;
    if (r.status === 'RECEIVED') {
      return [
        makeTodo(
          {
            key: `public-report:${r.id}:accept`,
            area: 'PUBLIC_REPORT',
            action: `决定是否受理${r.kindLabel}`,
            title: r.summary,
            href,
            start: r.receivedOn,
            due: due.acceptDue,
            howComputed: due.acceptExplanation,
          },
          context,
        ),
      ];
    }
    if (due.closeDue === null || due.closeExplanation === null) return [];
    return [
      makeTodo(
        {
          key: `public-report:${r.id}:close`,
          area: 'PUBLIC_REPORT',
          action: `办结并答复${r.kindLabel}`,
          title: r.summary,
          href,
          start: r.acceptedOn,
          due: due.closeDue,
          howComputed: due.closeExplanation,
        },
        context,
      ),
    ];
  });
}
