import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { certificateStatus, type CertificateKind, type CertificateStatus } from '@/lib/domain/officers/certificate-status';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { messages } from '@/lib/i18n/messages';
import { certificateSelect, toCertificateFacts } from './certificate-facts';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type RegistryCertificate = {
  id: string;
  number: string;
  kind: CertificateKind;
  category: string;
  validFrom: string;
  validTo: string;
  examPassed: boolean;
  platformRegistered: boolean;
  revokedOn: string | null;
  status: CertificateStatus;
};

export type RegistryOfficer = {
  id: string;
  name: string;
  unit: string;
  isLegalStaff: boolean;
  legalQualificationNo: string | null;
  active: boolean;
  user: { id: string; name: string; email: string } | null;
  certificates: RegistryCertificate[];
};

const officerSelect = {
  id: true,
  name: true,
  unit: true,
  isLegalStaff: true,
  legalQualificationNo: true,
  active: true,
  user: { select: { id: true, name: true, email: true } },
  certificates: { select: certificateSelect, orderBy: [{ validTo: 'desc' }, { number: 'asc' }] },
} satisfies Prisma.OfficerSelect;

type OfficerRow = {
  id: string;
  name: string;
  unit: string;
  isLegalStaff: boolean;
  legalQualificationNo: string | null;
  active: boolean;
  user: { id: string; name: string; email: string } | null;
  certificates: ({ id: string; category: string } & Parameters<typeof toCertificateFacts>[0])[];
};

function toRegistryOfficer(officer: OfficerRow, day: string): RegistryOfficer {
  return {
    ...officer,
    certificates: officer.certificates.map((row) => {
      const facts = toCertificateFacts(row);
      return {
        id: row.id,
        number: row.number,
        kind: row.kind,
        category: row.category,
        validFrom: facts.validFrom,
        validTo: facts.validTo,
        examPassed: row.examPassed,
        platformRegistered: row.platformRegistered,
        revokedOn: facts.revokedOn,
        status: certificateStatus(facts, day),
      };
    }),
  };
}

// The staff registry (执法人员名册): every officer with each certificate's status on `on`.
export async function listOfficerRegistry(db: Db, options: { on: Date }): Promise<RegistryOfficer[]> {
  const day = toShanghaiDate(options.on);
  const officers = await db.officer.findMany({ select: officerSelect, orderBy: [{ active: 'desc' }, { unit: 'asc' }, { name: 'asc' }, { id: 'asc' }] });
  return officers.map((officer) => toRegistryOfficer(officer, day));
}

export async function getOfficer(
  db: Db,
  options: { id: string; on: Date },
): Promise<RegistryOfficer & { trainings: { id: string; title: string; heldOn: string; attended: boolean }[] }> {
  const officer = await db.officer.findUnique({
    where: { id: options.id },
    select: { ...officerSelect, trainings: { select: { attended: true, training: { select: { id: true, title: true, heldOn: true } } } } },
  });
  if (!officer) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
  const { trainings, ...rest } = officer;
  return {
    ...toRegistryOfficer(rest, toShanghaiDate(options.on)),
    trainings: trainings
      .map((row) => ({ id: row.training.id, title: row.training.title, heldOn: isoOfDateColumn(row.training.heldOn), attended: row.attended }))
      .sort((a, b) => b.heldOn.localeCompare(a.heldOn)),
  };
}

// Staff accounts that an officer record may be linked to (not yet linked to another officer).
export async function listLinkableUsers(db: Db, options: { keepUserId?: string | null } = {}): Promise<{ id: string; name: string; email: string }[]> {
  return db.user.findMany({
    where: { OR: [{ officer: null }, ...(options.keepUserId ? [{ id: options.keepUserId }] : [])] },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  });
}
