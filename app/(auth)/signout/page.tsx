import type { Metadata } from 'next';
import { SubmitButton } from '@/components/forms/submit-button';
import { messages } from '@/lib/i18n/messages';
import { signOutAction } from './actions';

export const metadata: Metadata = { title: messages.auth.signOutTitle };

export default function SignOutPage() {
  return (
    <form action={signOutAction} className="space-y-4">
      <h1 className="text-xl font-bold">{messages.auth.signOutTitle}</h1>
      <p>{messages.auth.signOutConfirm}</p>
      <SubmitButton>{messages.auth.signOutSubmit}</SubmitButton>
    </form>
  );
}
