import type { Metadata } from 'next';
import { SubmitButton } from '@/components/forms/submit-button';
import { messages } from '@/lib/i18n/messages';
import { signOutAction, signOutEverywhereAction } from './actions';

export const metadata: Metadata = { title: messages.auth.signOutTitle };

export default function SignOutPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">{messages.auth.signOutTitle}</h1>
      <p>{messages.auth.signOutConfirm}</p>
      <div className="flex flex-wrap gap-3">
        <form action={signOutAction}>
          <SubmitButton>{messages.auth.signOutSubmit}</SubmitButton>
        </form>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="secondary">{messages.auth.signOutEverywhere}</SubmitButton>
        </form>
      </div>
    </div>
  );
}
