import type { Metadata } from 'next';
import { safeStaffPath } from '@/lib/auth/safe-path';
import { messages } from '@/lib/i18n/messages';
import { SignInForm } from './signin-form';

export const metadata: Metadata = { title: messages.auth.signInTitle };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; expired?: string }> }) {
  const { callbackUrl, expired } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-xl font-bold">{messages.auth.signInTitle}</h1>
      {expired ? <p className="mb-3 text-sm text-stone-600">{messages.auth.sessionExpired}</p> : null}
      <SignInForm callbackUrl={safeStaffPath(callbackUrl)} />
    </>
  );
}
