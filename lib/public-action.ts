import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { getDb } from '@/lib/db';
import type { RateLimitScope } from '@/lib/domain/public-submissions/rate-limit';
import { isAppError } from '@/lib/errors';
import { formDataToObject } from '@/lib/form-data';
import { admitPublicSubmission } from '@/lib/services/public-submissions/admit';
import { clientAddress, consumeRateLimit } from '@/lib/services/public-submissions/rate-limit';
import { summarise, toFieldErrors } from '@/lib/validation';
import { maskInternalError } from '@/lib/errors-masked';

// The public sibling of defineAction (lib/action.ts), for forms anyone may send (no session):
//   1 throttle the client's address (PostgreSQL buckets) → 2 spam defence when `guarded`
//   (honeypot, signed challenge, proof of work or minimum fill time) → 3 zod parse → 4 one service
//   (transaction + audit, actor none) → 5 AppError → its Chinese message; anything else logged
//   and masked. The state may carry `data` back to the form (a tracking code shown once, a status).
export type PublicActionState<D> = ActionState & { data?: D };

export function definePublicAction<S extends z.ZodType, D>(options: {
  scope: RateLimitScope;
  guarded: boolean;
  schema: S;
  run: (input: z.output<S>) => Promise<D>;
  successMessage?: string;
}) {
  return async function action(_previous: PublicActionState<D>, formData: FormData): Promise<PublicActionState<D>> {
    try {
      const db = getDb();
      const address = clientAddress((await headers()).get('x-forwarded-for'));
      const fields = formDataToObject(formData) as Record<string, unknown>;
      const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : '');
      if (options.guarded) {
        await admitPublicSubmission(db, options.scope, address, { website: text('website'), challenge: text('challenge'), nonce: text('nonce') });
      } else {
        await consumeRateLimit(db, options.scope, address);
      }
      const parsed = options.schema.safeParse(fields);
      if (!parsed.success) {
        const fieldErrors = toFieldErrors(parsed.error);
        return { ok: false, message: summarise(fieldErrors), fieldErrors };
      }
      const data = await options.run(parsed.data);
      return { ok: true, data, ...(options.successMessage ? { message: options.successMessage } : {}) };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, message: error.userMessage, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
      }
      return { ok: false, message: maskInternalError('public action', error) };
    }
  };
}
