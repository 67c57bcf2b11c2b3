import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n/messages';
import { siteLinks } from './_components/columns';
import { ON_DARK_FOCUS, SearchForm } from './_components/search-form';
import { SiteFooter } from './_components/site-footer';

const t = messages.publicSite;

// The disclosure site's frame: title band with the site search, every public section (the
// standard disclosure columns, then 执法人员公示, 曝光, 依申请公开, 举报投诉), content, footer with
// the complaint line. On phones the sections fold into a 栏目导航 menu (details/summary: no
// script). No session is read here or below: every page under (public) must stay cacheable.

function NavList({ className }: { className: string }) {
  const item = 'block px-3 py-3 text-white hover:bg-brand-700 hover:underline';
  return (
    <ul className={className}>
      <li>
        <a className={item} href="/" style={ON_DARK_FOCUS}>
          {t.homeLink}
        </a>
      </li>
      {siteLinks.map((link) => (
        <li key={link.href}>
          <a className={item} href={link.href} style={ON_DARK_FOCUS}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col text-lg">
      <header className="print-hidden bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-5">
          <a href="/" className="text-2xl font-bold tracking-wide text-white sm:text-3xl" style={ON_DARK_FOCUS}>
            {messages.site.publicTitle}
          </a>
          <SearchForm id="site-search" landmark={t.search.headerLandmark} onDark />
        </div>
        <nav aria-label={t.navLabel} className="border-t border-white/20 bg-brand-800">
          <details className="group md:hidden">
            <summary className="cursor-pointer list-none px-4 py-3 font-semibold text-white" style={ON_DARK_FOCUS}>
              <span aria-hidden="true" className="mr-2 inline-block group-open:rotate-90">
                ›
              </span>
              {t.menu}
            </summary>
            <NavList className="grid grid-cols-2 border-t border-white/20 px-2 pb-2" />
          </details>
          <NavList className="mx-auto hidden max-w-6xl flex-wrap gap-x-1 px-2 md:flex" />
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
