import 'server-only';
import type { z } from 'zod';
import { requirePermission } from '@/lib/auth/current-actor';
import type { Actor } from '@/lib/auth/guard';
import type { Permission } from '@/lib/domain/auth/permissions';
import type { ActionState } from '@/lib/action-state';
import { isAppError } from '@/lib/errors';
import { formDataToObject } from '@/lib/form-data';
import { summarise, toFieldErrors } from '@/lib/validation';
import { maskInternalError } from '@/lib/errors-masked';

export type { ActionState } from '@/lib/action-state';
export { formDataToObject } from '@/lib/form-data';

// The one shape of every server action:
//   1 authorise from the database → 2 zod parse → 3 one service (transaction + audit) →
//   4 AppError → its Chinese message; anything else logged and masked → 5 onSuccess (revalidate).
// A redirect, if any, is the caller's, after this returns. File fields reach `run` as File objects
// when the schema declares them (optionalFile / requiredFile in lib/schemas/upload.ts).
export function defineAction<S extends z.ZodType, R>(options: {
  permission: Permission;
  schema: S;
  run: (actor: Actor, input: z.output<S>) => Promise<R>;
  successMessage?: string;
  onSuccess?: (result: R) => void;
}) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    try {
      const actor = await requirePermission(options.permission);
      const parsed = options.schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        const fieldErrors = toFieldErrors(parsed.error);
        return { ok: false, message: summarise(fieldErrors), fieldErrors };
      }
      const result = await options.run(actor, parsed.data);
      options.onSuccess?.(result);
      return { ok: true, ...(options.successMessage ? { message: options.successMessage } : {}) };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, message: error.userMessage, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
      }
      return { ok: false, message: maskInternalError('action', error) };
    }
  };
}
