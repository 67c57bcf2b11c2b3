'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { formDataToObject } from '@/lib/action';
import type { ActionState } from '@/lib/action-state';
import { signIn } from '@/lib/auth/auth';
import { safeStaffPath } from '@/lib/auth/safe-path';
import { messages } from '@/lib/i18n/messages';
import { signInSchema } from '@/lib/schemas/users';
import { summarise, toFieldErrors } from '@/lib/validation';

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    return { ok: false, message: summarise(fieldErrors), fieldErrors };
  }
  try {
    // On success next-auth throws Next's redirect, which must propagate.
    await signIn('credentials', { ...parsed.data, redirectTo: safeStaffPath(formData.get('callbackUrl')) });
    return { ok: true };
  } catch (error) {
    // One answer for an unknown e-mail, a wrong password, a throttled or a disabled account (ADR 0018).
    if (error instanceof CredentialsSignin) return { ok: false, message: messages.auth.signInRefused };
    if (error instanceof AuthError) {
      console.error('[signin]', error);
      return { ok: false, message: messages.errors.internal };
    }
    throw error;
  }
}
