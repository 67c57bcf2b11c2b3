import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';

const text = messages.publicity;

export function PublicitySubnav({ current, year }: { current: 'plan' | 'record' | 'ledger' | 'teaching'; year: number }) {
  const items = [
    { key: 'plan', href: `/staff/publicity?year=${year}`, label: text.subnav.plan },
    { key: 'record', href: '/staff/publicity/activities/new', label: text.subnav.record },
    { key: 'ledger', href: `/staff/publicity/ledger?year=${year}`, label: text.subnav.ledger },
    { key: 'teaching', href: '/staff/publicity/teaching-cases', label: text.teachingCases.title },
  ] as const;
  return (
    <nav aria-label={text.title} className="border-b border-stone-200">
      <ul className="flex flex-wrap gap-4 text-sm">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === current ? 'page' : undefined}
              className={`inline-block border-b-2 pb-2 ${item.key === current ? 'border-brand-700 font-semibold text-brand-800' : 'border-transparent hover:underline'}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// A GET form: works without JavaScript, keeps the year in the URL.
export function YearPicker({ years, year, path }: { years: readonly number[]; year: number; path: string }) {
  return (
    <form action={path} method="get" className="flex items-end gap-2">
      <div>
        <label htmlFor="year-picker" className="block text-sm font-medium text-stone-800">
          {text.labels.yearPicker}
        </label>
        <select id="year-picker" name="year" defaultValue={String(year)} className="rounded-md border border-stone-300 bg-white px-3 py-2">
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100">
        {text.buttons.show}
      </button>
    </form>
  );
}

export function pickYear(value: string | string[] | undefined, fallback: number): number {
  const year = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback;
}
