import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';

export async function findDisclosureOrThrow(tx: Db | Tx, id: string) {
  const disclosure = await tx.disclosure.findUnique({ where: { id } });
  if (!disclosure) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.disclosure.notFound });
  return disclosure;
}

export type DisclosureRow = Awaited<ReturnType<typeof findDisclosureOrThrow>>;
