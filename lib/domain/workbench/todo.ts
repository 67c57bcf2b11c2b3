import { deadlineStatus, isProvisionalDue, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';

// One item waiting for a person on their home page, from any area. Each source of to-dos is a
// pure module in this folder turning facts (rows read by lib/queries/workbench) into these.

export const TODO_AREAS = ['HANDOFF', 'REVIEW', 'DISCLOSURE', 'CASE', 'INSPECTION', 'OFFICER', 'REQUEST', 'PUBLIC_REPORT', 'NORMATIVE', 'STATUTORY', 'CALENDAR'] as const;
export type TodoArea = (typeof TODO_AREAS)[number];

export const TODO_AREA_LABELS = {
  HANDOFF: '移交办理',
  REVIEW: '法制审核',
  DISCLOSURE: '政务公开',
  CASE: '行政执法',
  INSPECTION: '行政检查',
  OFFICER: '执法证件',
  REQUEST: '依申请公开',
  PUBLIC_REPORT: '举报投诉',
  NORMATIVE: '规范性文件',
  STATUTORY: '年度法定事项',
  CALENDAR: '节假日日历',
} as const satisfies Record<TodoArea, string>;

/** overdue / due-soon / ok as the deadline maths says; provisional when the calendar is not loaded. */
export type TodoUrgency = 'overdue' | 'due-soon' | 'ok' | 'provisional';

export const TODO_URGENCY_LABELS = {
  overdue: '已逾期',
  'due-soon': '即将到期',
  ok: '正常',
  provisional: '暂定',
} as const satisfies Record<TodoUrgency, string>;

export type Todo = {
  /** Stable and unique: `<source>:<record id>[:<what>]`; reminders are keyed by it. */
  readonly key: string;
  readonly area: TodoArea;
  /** What to do, in Chinese: 审核, 保密审查, 作出处罚决定… */
  readonly action: string;
  readonly title: string;
  readonly href: string;
  readonly due: IsoDate;
  /** How the due date was computed, one Chinese sentence (describeDueDate or the rule). */
  readonly howComputed: string;
  readonly urgency: TodoUrgency;
  /** Working days left after today (negative: elapsed since the due day). */
  readonly remainingWorkingDays: number;
  /** The due date crosses a year whose holidays are not loaded (暂定). */
  readonly provisional: boolean;
  /** A colleague handed it over (报请决定, 提请听证, 送审): who, and when. */
  readonly handedOverBy?: string;
};

export type TodoContext = {
  readonly today: IsoDate;
  readonly calendar: WorkingCalendar;
  readonly loadedYears: ReadonlySet<number>;
  /** due-soon within this many working days (3 unless a source says otherwise). */
  readonly warnWithinWorkingDays?: number;
};

export type TodoSpec = Omit<Todo, 'urgency' | 'remainingWorkingDays' | 'provisional'> & {
  /** Where the period started, for the calendar check (a period crossing an unloaded year is provisional). */
  readonly start?: IsoDate | null;
  readonly warnWithinWorkingDays?: number;
};

export function makeTodo(spec: TodoSpec, context: TodoContext): Todo {
  const { start, warnWithinWorkingDays, ...rest } = spec;
  const { status, remainingWorkingDays } = deadlineStatus({
    due: spec.due,
    today: context.today,
    calendar: context.calendar,
    warnWithinWorkingDays: warnWithinWorkingDays ?? context.warnWithinWorkingDays ?? 3,
  });
  const provisional = isProvisionalDue({ start: start ?? null, due: spec.due, loadedYears: context.loadedYears });
  // A provisional date is never shown as 正常: it may be wrong by the unknown holidays.
  const urgency: TodoUrgency = status === 'ok' && provisional ? 'provisional' : status;
  return { ...rest, urgency, remainingWorkingDays, provisional };
}

/**
 * The order of the home page: what a colleague handed over comes first (they wait on this person
 * now; ADR 0025), then everything else; within each, overdue first (longest overdue first), then
 * by due date, ties by title.
 */
export function sortTodos(todos: readonly Todo[]): Todo[] {
  const rank = (todo: Todo) => (todo.handedOverBy !== undefined ? 0 : 2) + (todo.urgency === 'overdue' ? 0 : 1);
  return [...todos].sort((a, b) => rank(a) - rank(b) || a.due.localeCompare(b.due) || a.title.localeCompare(b.title, 'zh') || a.key.localeCompare(b.key));
}

/** Drops repeated keys (the same item reached through two roles), keeping the first. */
export function uniqueTodos(todos: readonly Todo[]): Todo[] {
  const seen = new Set<string>();
  return todos.filter((todo) => (seen.has(todo.key) ? false : (seen.add(todo.key), true)));
}
