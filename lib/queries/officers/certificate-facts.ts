import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar/date-string';
import type { CertificateFacts } from '@/lib/domain/officers/certificate-status';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export function isoToDbDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export const certificateSelect = {
  id: true,
  number: true,
  kind: true,
  category: true,
  validFrom: true,
  validTo: true,
  examPassed: true,
  platformRegistered: true,
  revokedAt: true,
} as const;

type CertificateRow = {
  number: string;
  kind: CertificateFacts['kind'];
  validFrom: Date;
  validTo: Date;
  revokedAt: Date | null;
  examPassed: boolean;
  platformRegistered: boolean;
};

export function toCertificateFacts(row: CertificateRow): CertificateFacts {
  return {
    number: row.number,
    kind: row.kind,
    validFrom: isoOfDateColumn(row.validFrom),
    validTo: isoOfDateColumn(row.validTo),
    // A revocation is an instant; it takes effect on that day in the bureau's calendar.
    revokedOn: row.revokedAt ? toShanghaiDate(row.revokedAt) : null,
    examPassed: row.examPassed,
    platformRegistered: row.platformRegistered,
  };
}

export type OfficerCertificateFacts = { officerId: string; name: string; active: boolean; certificates: CertificateFacts[] };

// For other areas' services (inspections, enforcement cases) to re-check officers inside their own
// transaction with the pure rules in lib/domain/officers. Unknown ids are simply absent.
export async function loadOfficerCertificateFacts(db: Db | Tx, officerIds: readonly string[]): Promise<Map<string, OfficerCertificateFacts>> {
  const officers = await db.officer.findMany({
    where: { id: { in: [...officerIds] } },
    select: { id: true, name: true, active: true, certificates: { select: certificateSelect } },
  });
  return new Map(
    officers.map((officer) => [officer.id, { officerId: officer.id, name: officer.name, active: officer.active, certificates: officer.certificates.map(toCertificateFacts) }]),
  );
}
