import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n/messages';
import { columnLinks } from './_components/columns';
import { ON_DARK_FOCUS, SearchForm } from './_components/search-form';

const t = messages.publicSite;

// The disclosure site's frame: title band with the site search, the standard disclosure columns
// (政府信息公开指南 / 制度 / 法定主动公开内容 / 年报), content, footer. No session is read here or
// below: every page under (public) must stay cacheable.

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col text-lg">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-5">
          <a href="/" className="text-2xl font-bold tracking-wide text-white sm:text-3xl" style={ON_DARK_FOCUS}>
            {messages.site.publicTitle}
          </a>
          <SearchForm id="site-search" landmark={t.search.headerLandmark} onDark />
        </div>
        <nav aria-label={t.navLabel} className="border-t border-white/20 bg-brand-800">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
            <li><a className="block px-3 py-3 text-white hover:bg-brand-700 hover:underline" href="/" style={ON_DARK_FOCUS}>{t.homeLink}</a></li>
            {columnLinks.map((link) => (
              <li key={link.href}><a className="block px-3 py-3 text-white hover:bg-brand-700 hover:underline" href={link.href} style={ON_DARK_FOCUS}>{link.label}</a></li>
            ))}
            <li><a className="block px-3 py-3 text-white hover:bg-brand-700 hover:underline" href="/apply" style={ON_DARK_FOCUS}>{messages.publicRequests.apply.title}</a></li>
            <li><a className="block px-3 py-3 text-white hover:bg-brand-700 hover:underline" href="/track" style={ON_DARK_FOCUS}>{messages.publicRequests.track.title}</a></li>
            <li><a className="block px-3 py-3 text-white hover:bg-brand-700 hover:underline" href="/report" style={ON_DARK_FOCUS}>{messages.publicRequests.report.title}</a></li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-stone-200 bg-white py-6 text-center text-base text-stone-700">
        <p>{messages.site.footer}</p>
        <p className="mt-2">
          <a className="underline underline-offset-4" href="/guide">{t.columns.guide}</a>
          {'　'}
          <a className="underline underline-offset-4" href="/exposure">{messages.evidence.exposure.title}</a>
          {'　'}
          <a className="underline underline-offset-4" href="/feeds/all">Atom</a>
          {'　'}
          <a className="underline underline-offset-4" href="/signin">{messages.nav.signIn}</a>
        </p>
      </footer>
    </div>
  );
}
