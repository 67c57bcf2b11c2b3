import type { FieldErrors } from '@/lib/errors';

// What every server action returns to its form (shared by server and client code).
export type ActionState = { ok: boolean; message?: string; fieldErrors?: FieldErrors };
export const initialActionState: ActionState = { ok: false };
