import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';

const t = messages.inspections.nav;
const LINKS = [
  { href: '/staff/inspections', label: t.overview },
  { href: '/staff/inspections/entities', label: t.entities },
  { href: '/staff/inspections/plans', label: t.plans },
  { href: '/staff/inspections/records/new', label: t.record },
  { href: '/staff/inspections/rectifications', label: t.rectifications },
  { href: '/staff/inspections/overdue', label: t.overdue },
  { href: '/staff/inspections/coverage', label: t.coverage },
];

export function SubNav({ current }: { current: string }) {
  return (
    <nav aria-label={messages.nav.inspections} className="border-b border-stone-200 pb-2">
      <ul className="flex flex-wrap gap-4 text-sm">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.href === current ? 'page' : undefined} className={link.href === current ? 'font-semibold text-brand-800' : 'text-brand-700 hover:underline'}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
