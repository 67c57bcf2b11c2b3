import { addCalendarDays, addWorkingDays, dayOfWeek, describeDueDate, type WorkingCalendar } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { dueDateCalculatorSchema } from '@/lib/schemas/calendar';

const t = messages.calendar;
const inputClass = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

export type CalculatorQuery = { start?: string | undefined; days?: string | undefined; rule?: string | undefined };

// A GET form: nothing is written, the result is part of the URL (and so is recomputed on the new
// calendar when an edit on this page refreshes it), and it works without JavaScript.
export function DueDateCalculator(props: { year: number; query: CalculatorQuery; defaults: { start: string; days: number }; calendar: WorkingCalendar }) {
  const { query, defaults } = props;
  const submitted = query.start !== undefined;
  const parsed = submitted ? dueDateCalculatorSchema.safeParse(query) : null;
  const errors = parsed && !parsed.success ? parsed.error.issues.map((issue) => issue.message) : [];
  const result = parsed?.success ? (parsed.data.rule === 'WORKING_DAYS' ? addWorkingDays : addCalendarDays)({ ...parsed.data, calendar: props.calendar }) : null;
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-600">{t.calculatorHint}</p>
      <form method="get" action="/staff/admin/holidays" className="grid gap-4 md:grid-cols-4 md:items-end" aria-label={t.calculatorTitle}>
        <input type="hidden" name="year" value={props.year} />
        <div className="space-y-1">
          <label htmlFor="calc-start" className="block text-sm font-medium text-stone-800">
            {t.calcStart}
          </label>
          <input id="calc-start" name="start" type="date" defaultValue={query.start ?? defaults.start} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="calc-days" className="block text-sm font-medium text-stone-800">
            {t.calcDays}
          </label>
          <input id="calc-days" name="days" type="number" min={1} max={1000} defaultValue={query.days ?? defaults.days} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="calc-rule" className="block text-sm font-medium text-stone-800">
            {t.calcRule}
          </label>
          <select id="calc-rule" name="rule" defaultValue={query.rule ?? 'WORKING_DAYS'} className={inputClass}>
            <option value="WORKING_DAYS">{t.rules.WORKING_DAYS}</option>
            <option value="CALENDAR_DAYS">{t.rules.CALENDAR_DAYS}</option>
          </select>
        </div>
        <div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {t.calculate}
          </button>
        </div>
      </form>
      {errors.length > 0 ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.join('；')}
        </p>
      ) : null}
      {result ? (
        <dl data-testid="calc-result" className="space-y-2 rounded-md border border-brand-100 bg-brand-50 px-4 py-3">
          <div className="flex gap-2">
            <dt className="font-medium">{t.calcDue}</dt>
            <dd>
              <output data-testid="calc-due">{result.due}</output>（{t.weekdays[dayOfWeek(result.due)]}）
            </dd>
          </div>
          <div className="flex gap-2">
            <dt className="shrink-0 font-medium">{t.calcExplanation}</dt>
            <dd data-testid="calc-explanation">{describeDueDate(result.explanation)}</dd>
          </div>
        </dl>
      ) : null}
    </div>
  );
}
