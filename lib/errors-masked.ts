import 'server-only';
import { randomUUID } from 'node:crypto';
import { messages } from '@/lib/i18n/messages';

/**
 * An unexpected error as the browser may see it: logged in full with a short reference, answered
 * with the generic Chinese message and that reference, never the error's own text. The one masking
 * of internal errors (server actions, public actions, uploads, route handlers).
 */
export function maskInternalError(label: string, error: unknown): string {
  const reference = randomUUID().slice(0, 8);
  console.error(`[${label} ${reference}]`, error);
  return `${messages.errors.internal}（错误编号 ${reference}）`;
}
