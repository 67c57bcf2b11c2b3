import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { dayOfWeek, isIsoDate, toShanghaiDate } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { loadHolidayYear } from '@/lib/queries/calendar/load-holiday-year';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { DueDateCalculator } from './due-date-calculator';
import { DeleteHolidayForm, ImportChineseDaysForm, ImportCsvForm, UpsertHolidayForm } from './holiday-forms';

export const metadata: Metadata = { title: messages.calendar.title };

const t = messages.calendar;
const FIRST_YEAR = 2021;
const LAST_YEAR = 2027;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffPage({ path: '/staff/admin/holidays', permission: 'settings.manage' });
  const params = await searchParams;
  const today = toShanghaiDate(new Date());
  const requested = Number(single(params.year));
  const year = YEARS.includes(requested) ? requested : Math.min(Math.max(Number(today.slice(0, 4)), FIRST_YEAR), LAST_YEAR);
  const db = getDb();
  const [{ entries, problems, calendar }, reviewDays] = await Promise.all([loadHolidayYear(db, year), readSetting(db, 'review.workingDays')]);
  const editDate = single(params.edit);
  const editing = editDate && isIsoDate(editDate) ? entries.find((entry) => entry.date === editDate) : undefined;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <Link className="text-brand-700 underline" href="/staff/admin/settings">
          {t.settingsLink}
        </Link>
      </div>
      <p className="text-stone-700">{t.intro}</p>

      <nav aria-label={t.yearNav}>
        <ul className="flex flex-wrap gap-2">
          {YEARS.map((item) => (
            <li key={item}>
              <Link
                href={`/staff/admin/holidays?year=${item}`}
                aria-current={item === year ? 'page' : undefined}
                className={`inline-block rounded-md border px-3 py-1 text-sm ${
                  item === year ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white hover:bg-stone-100'
                }`}
              >
                {t.yearLabel(item)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="calculator" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="calculator" className="mb-4 text-lg font-semibold">
          {t.calculatorTitle}
        </h2>
        <DueDateCalculator
          year={year}
          query={{ start: single(params.start), days: single(params.days), rule: single(params.rule) }}
          defaults={{ start: today, days: reviewDays }}
          calendar={calendar}
        />
      </section>

      <section aria-labelledby="entries" className="overflow-x-auto rounded-lg bg-white p-5 shadow-sm">
        <h2 id="entries" className="mb-4 text-lg font-semibold">
          {t.entriesTitle(year)}
        </h2>
        {entries.length === 0 ? (
          <p role="status" className="text-stone-700">
            {t.noEntries(year)}
          </p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2">
                  {t.columns.date}
                </th>
                <th scope="col">{t.columns.weekday}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.date} className="border-b align-top" data-testid={`holiday-${entry.date}`} data-kind={entry.kind}>
                  <td className="py-2 pr-3 font-mono">{entry.date}</td>
                  <td className="pr-3">{t.weekdays[dayOfWeek(entry.date)]}</td>
                  <td className={`pr-3 ${entry.kind === 'MAKEUP_WORKDAY' ? 'text-blue-800' : 'text-red-800'}`}>{t.kinds[entry.kind]}</td>
                  <td className="pr-3">{entry.name}</td>
                  <td className="flex flex-wrap items-start gap-2 py-1">
                    <Link
                      href={`/staff/admin/holidays?year=${year}&edit=${entry.date}#upsert`}
                      aria-label={t.editLabel(entry.date)}
                      className="rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100"
                    >
                      {t.edit}
                    </Link>
                    <DeleteHolidayForm date={entry.date} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="upsert-title" id="upsert" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="upsert-title" className="mb-1 text-lg font-semibold">
          {t.upsertTitle}
        </h2>
        <p className="mb-4 text-sm text-stone-600">{t.upsertHint}</p>
        <UpsertHolidayForm
          key={editing?.date ?? 'new'}
          initial={editing ? { date: editing.date, kind: editing.kind, name: editing.name } : { date: '', kind: 'HOLIDAY', name: '' }}
        />
      </section>

      <section aria-labelledby="import" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="import" className="text-lg font-semibold">
          {t.importTitle}（{t.yearLabel(year)}）
        </h2>
        <p className="text-sm text-stone-600">{t.importHint(year)}</p>
        <ImportChineseDaysForm year={year} />
        <ImportCsvForm year={year} />
      </section>

      <section aria-labelledby="problems" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="problems" className="mb-2 text-lg font-semibold">
          {t.problemsTitle}
        </h2>
        {problems.length === 0 ? (
          <p className="text-sm text-stone-700">{t.noProblems}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {problems.map((problem) => (
              <li key={`${problem.code}-${problem.date}`}>
                {t.problemSeverity[problem.severity]}：{problem.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
