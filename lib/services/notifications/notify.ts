import 'server-only';
import type { Tx } from '@/lib/db';

export type NotificationInput = { userId: string; key: string; title: string; body?: string; href?: string };

/**
 * Puts a message in a person's inbox inside the caller's transaction. The (person, key) pair is
 * unique: a second call with the same key (another worker running the same reminder) adds
 * nothing. Returns whether it was created. E-mail follows from the mail job, after commit.
 */
export async function notifyInTransaction(tx: Tx, input: NotificationInput): Promise<boolean> {
  const { count } = await tx.notification.createMany({
    data: [{ userId: input.userId, key: input.key, title: input.title, body: input.body ?? '', href: input.href ?? '' }],
    skipDuplicates: true,
  });
  return count === 1;
}
