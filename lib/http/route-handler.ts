import 'server-only';
import { NextResponse } from 'next/server';
import type { FieldErrors } from '@/lib/errors';
import { isAppError } from '@/lib/errors';
import { maskInternalError } from '@/lib/errors-masked';
import { refuseForeignOrigin } from './origin';

// The one shape of a route handler that writes (the multipart and streamed uploads): the Origin
// check first, then the handler; a refusal (AppError) becomes its HTTP status with the Chinese
// message, anything else is logged and answered with a masked message and a reference.

export const ERROR_STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, VALIDATION: 422, RULE_VIOLATION: 422 } as const;

export function refuseJson(status: number, message: string, fieldErrors?: FieldErrors): NextResponse {
  return NextResponse.json({ ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export async function handleWrite(request: Request, label: string, handler: () => Promise<Response>): Promise<Response> {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  try {
    return await handler();
  } catch (error) {
    if (isAppError(error)) return refuseJson(ERROR_STATUS[error.code], error.userMessage, error.fieldErrors);
    return refuseJson(500, maskInternalError(label, error));
  }
}
