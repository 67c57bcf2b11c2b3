import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { equalsIgnoringCase } from '@/lib/queries/like';
import { addCertificateSchema, type AddCertificateInput } from '@/lib/schemas/officers';
import { parseOrThrow } from '@/lib/validation';
import { isUniqueViolation } from './officer-user-link';

const numberTaken = () => new AppError({ code: 'CONFLICT', userMessage: '证件号已登记在册。', fieldErrors: { number: ['该证件号已登记在册'] } });

export async function addCertificate(db: Db, actor: Actor, input: AddCertificateInput) {
  assertCan(actor, 'officers.manage');
  const { officerId, validFrom, validTo, ...data } = parseOrThrow(addCertificateSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const officer = await tx.officer.findUnique({ where: { id: officerId }, select: { id: true } });
      if (!officer) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
      // Numbers are unique regardless of letter case (the index itself is exact).
      if (await tx.certificate.findFirst({ where: { number: equalsIgnoringCase(data.number) }, select: { id: true } })) {
        throw numberTaken();
      }
      const certificate = await tx.certificate.create({
        data: { ...data, officerId, validFrom: isoToDbDate(validFrom), validTo: isoToDbDate(validTo) },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'officer.addCertificate',
        entityType: 'Certificate',
        entityId: certificate.id,
        after: { officerId, ...data, validFrom, validTo },
      });
      return certificate;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken();
    throw error;
  }
}
