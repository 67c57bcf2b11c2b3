import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { revokeCertificateSchema, type RevokeCertificateInput } from '@/lib/schemas/officers';
import { parseOrThrow } from '@/lib/validation';

// Takes effect at once: every assignable list reads certificates fresh.
export async function revokeCertificate(db: Db, actor: Actor, input: RevokeCertificateInput, now = new Date()) {
  assertCan(actor, 'officers.manage');
  const { certificateId, reason } = parseOrThrow(revokeCertificateSchema, input);
  return db.$transaction(async (tx) => {
    const certificate = await tx.certificate.findUnique({ where: { id: certificateId }, select: { number: true, officerId: true, revokedAt: true } });
    if (!certificate) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    // Only a live certificate can be revoked; a concurrent revocation loses the race cleanly.
    const { count } = await tx.certificate.updateMany({ where: { id: certificateId, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: `执法证${certificate.number}已被注销。` });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'officer.revokeCertificate',
      entityType: 'Certificate',
      entityId: certificateId,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString(), reason, number: certificate.number, officerId: certificate.officerId },
    });
  });
}
