'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { signInAction } from './actions';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signInAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <Field name="email" type="email" label={messages.fields.email ?? '邮箱'} autoComplete="username" required errors={state.fieldErrors?.email} />
      <Field name="password" type="password" label={messages.fields.password ?? '密码'} autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton>{messages.auth.signInSubmit}</SubmitButton>
    </form>
  );
}
