import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';

const t = messages.enforcement.ui.nav;
const LINKS = [
  { href: '/staff/cases', label: t.all },
  { href: '/staff/cases/mine', label: t.mine },
  { href: '/staff/cases/new', label: t.new },
];

export function CasesNav({ current }: { current: string }) {
  return (
    <nav aria-label={messages.nav.cases} className="border-b border-stone-200 pb-2">
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
