import 'server-only';
import type { Db } from '@/lib/db';
import type { Mailer } from './mailer';

// The outbox: each notification not yet e-mailed is sent inside a transaction holding its row
// (FOR UPDATE SKIP LOCKED), then marked. Two instances never take the same row; a send that fails
// rolls back, and the job retries with back-off. Only the last 7 days are sent, so configuring
// SMTP later does not flood people with old messages.

const BATCH = 50;

function absolute(href: string, env: NodeJS.ProcessEnv): string {
  const base = env.PUBLIC_SITE_URL ?? env.AUTH_URL;
  if (!href || !base) return href;
  try {
    return new URL(href, base).toString();
  } catch {
    return href;
  }
}

export async function sendPendingMail(db: Db, mailer: Mailer, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let sent = 0;
  for (let i = 0; i < BATCH; i += 1) {
    const done = await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: string; title: string; body: string; href: string; email: string }[]>`
        SELECT n."id", n."title", n."body", n."href", u."email"
        FROM "Notification" n JOIN "User" u ON u."id" = n."userId"
        WHERE n."emailedAt" IS NULL AND n."createdAt" > now() - interval '7 days' AND u."active"
        ORDER BY n."createdAt"
        LIMIT 1
        FOR UPDATE OF n SKIP LOCKED`;
        const row = rows[0];
        if (!row) return false;
        const link = absolute(row.href, env);
        await mailer.send({ to: row.email, subject: `【法治民政】${row.title}`, text: [row.body, link ? `办理：${link}` : ''].filter(Boolean).join('\n\n') });
        await tx.notification.update({ where: { id: row.id }, data: { emailedAt: new Date() } });
        return true;
      },
      { timeout: 30_000 },
    );
    if (!done) break;
    sent += 1;
  }
  return sent;
}
