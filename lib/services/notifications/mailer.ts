import 'server-only';
import nodemailer from 'nodemailer';

export type Mailer = { send(message: { to: string; subject: string; text: string }): Promise<void> };

/**
 * E-mail through SMTP when configured: SMTP_URL (smtp://user:password@host:port, or smtps://…)
 * and MAIL_FROM (the sender address). Unset: null, and notifications stay in the in-app inbox only.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  const from = env.MAIL_FROM?.trim() || 'noreply@localhost';
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
