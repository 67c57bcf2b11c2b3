import Link from 'next/link';

export type SectionLink = { readonly href: string; readonly label: string };

// The row of links under a staff area's heading; `current` is the page's own href.
export function SectionNav({ label, links, current }: { label: string; links: readonly SectionLink[]; current: string }) {
  return (
    <nav aria-label={label} className="border-b border-stone-200 pb-2">
      <ul className="flex flex-wrap gap-4 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? 'page' : undefined}
              className={link.href === current ? 'font-semibold text-brand-800' : 'text-brand-700 hover:underline'}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
