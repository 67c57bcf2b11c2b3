import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n/messages';

// Breadcrumb trail (a nav landmark with its own label) and the page's single <h1>.
export function PageHeading({ trail, title, children }: { trail: { href: string; label: string }[]; title: string; children?: ReactNode }) {
  return (
    <header className="mb-6">
      <nav aria-label={messages.publicSite.detail.breadcrumb} className="mb-3 text-base text-stone-600">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <a href="/" className="underline-offset-4 hover:underline">
              {messages.publicSite.homeLink}
            </a>
          </li>
          {trail.map((crumb) => (
            <li key={crumb.href} className="before:mr-2 before:content-['›']">
              <a href={crumb.href} className="underline-offset-4 hover:underline">
                {crumb.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="text-2xl font-bold leading-snug text-stone-900 sm:text-3xl">{title}</h1>
      {children}
    </header>
  );
}
