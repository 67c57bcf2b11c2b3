import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';

const text = messages.officers;

export function OfficersSubnav({ current }: { current: 'registry' | 'trainings' | 'import' }) {
  const items = [
    { key: 'registry', href: '/staff/officers', label: text.subnav.registry },
    { key: 'trainings', href: '/staff/officers/trainings', label: text.subnav.trainings },
    { key: 'import', href: '/staff/officers/import', label: text.subnav.import },
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
