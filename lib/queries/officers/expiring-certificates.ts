import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { expiringWithin, type CertificateKind } from '@/lib/domain/officers/certificate-status';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { certificateSelect, toCertificateFacts } from './certificate-facts';

export type ExpiringCertificateRow = {
  certificateId: string;
  officerId: string;
  officerName: string;
  unit: string;
  number: string;
  kind: CertificateKind;
  category: string;
  validTo: string;
  daysLeft: number;
};

// Certificates in force on `on` that lapse within the warning window (setting
// officer.certificateWarnDays, 60 by default), soonest first: for the registry and the dashboard.
export async function listExpiringCertificates(db: Db, options: { on: Date; withinDays?: number }): Promise<{ withinDays: number; certificates: ExpiringCertificateRow[] }> {
  const withinDays = options.withinDays ?? (await readSetting(db, 'officer.certificateWarnDays'));
  const day = toShanghaiDate(options.on);
  const rows = await db.certificate.findMany({
    where: { revokedAt: null, officer: { active: true } },
    select: { ...certificateSelect, officer: { select: { id: true, name: true, unit: true } } },
  });
  const facts = rows.map((row) => ({ ...toCertificateFacts(row), row }));
  return {
    withinDays,
    certificates: expiringWithin(facts, day, withinDays).map(({ certificate, daysLeft }) => ({
      certificateId: certificate.row.id,
      officerId: certificate.row.officer.id,
      officerName: certificate.row.officer.name,
      unit: certificate.row.officer.unit,
      number: certificate.number,
      kind: certificate.kind,
      category: certificate.row.category,
      validTo: certificate.validTo,
      daysLeft,
    })),
  };
}
