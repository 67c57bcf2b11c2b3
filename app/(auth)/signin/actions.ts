'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { formDataToObject } from '@/lib/action';
import type { ActionState } from '@/lib/action-state';
import { signIn } from '@/lib/auth/auth';
import { messages } from '@/lib/i18n/messages';
import { signInSchema } from '@/lib/schemas/users';
import { summarise, toFieldErrors } from '@/lib/validation';

// Only same-site paths: an open redirect would let a phishing link bounce through our sign-in.
function safeCallbackUrl(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/staff';
}

function refusalMessage(code: string): string {
  if (code.startsWith('locked:')) return messages.auth.locked(Number(code.slice('locked:'.length)) || 1);
  if (code === 'disabled') return messages.auth.disabled;
  return messages.auth.invalidCredentials;
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    return { ok: false, message: summarise(fieldErrors), fieldErrors };
  }
  try {
    // On success next-auth throws Next's redirect, which must propagate.
    await signIn('credentials', { ...parsed.data, redirectTo: safeCallbackUrl(formData.get('callbackUrl')) });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) return { ok: false, message: refusalMessage(error.code) };
    if (error instanceof AuthError) {
      console.error('[signin]', error);
      return { ok: false, message: messages.errors.internal };
    }
    throw error;
  }
}
