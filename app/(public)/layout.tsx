import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n/messages';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-5">
          <Link href="/" className="text-2xl font-bold tracking-wide">
            {messages.site.publicTitle}
          </Link>
          <nav aria-label="主导航">
            <ul className="flex flex-wrap gap-4 text-base">
              <li><Link className="hover:underline" href="/">{messages.nav.home}</Link></li>
              <li><Link className="hover:underline" href="/signin">{messages.nav.signIn}</Link></li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-stone-200 bg-white py-6 text-center text-sm text-stone-600">
        {messages.site.footer}
      </footer>
    </>
  );
}
