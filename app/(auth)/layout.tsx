import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n/messages';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <Link href="/" className="mb-6 text-center text-lg font-semibold text-brand-800">
        {messages.site.staffTitle}
      </Link>
      <div className="rounded-lg bg-white p-6 shadow-sm">{children}</div>
    </main>
  );
}
