import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { certificateStatus, type CertificateStatus } from '@/lib/domain/officers/certificate-status';
import { equalsIgnoringCase } from '../like';
import { certificateSelect, toCertificateFacts } from './certificate-facts';

// What the public may see about an officer (事前公开: name, certificate number, category,
// valid or not). Built field by field, never by spreading a row: no ids, no user account, no
// legal-staff flag or qualification number.
export type PublicOfficerCertificate = {
  name: string;
  unit: string;
  certificateNumber: string;
  category: string;
  validTo: string;
  status: CertificateStatus;
};

const select = { ...certificateSelect, officer: { select: { name: true, unit: true } } } as const;

type Row = { number: string; category: string; officer: { name: string; unit: string } } & Parameters<typeof toCertificateFacts>[0];

function toPublic(row: Row, day: string): PublicOfficerCertificate {
  const facts = toCertificateFacts(row);
  return {
    name: row.officer.name,
    unit: row.officer.unit,
    certificateNumber: row.number,
    category: row.category,
    validTo: facts.validTo,
    status: certificateStatus(facts, day),
  };
}

const byNameThenNumber = (a: PublicOfficerCertificate, b: PublicOfficerCertificate) =>
  a.name.localeCompare(b.name, 'zh-CN') || a.certificateNumber.localeCompare(b.certificateNumber);

// The directory: every certificate in force on the day, held by an active officer.
export async function listPublicOfficers(db: Db, options: { on?: Date } = {}): Promise<PublicOfficerCertificate[]> {
  const day = toShanghaiDate(options.on ?? new Date());
  const rows = await db.certificate.findMany({ where: { revokedAt: null, officer: { active: true } }, select });
  return rows
    .map((row) => toPublic(row, day))
    .filter((entry) => entry.status === 'VALID')
    .sort(byNameThenNumber);
}

// The look-up: an exact name or an exact certificate number (letter case ignored), whatever the
// certificate's status, so a citizen can check that a certificate shown to them is in force.
// Exact matching only: the look-up must not become a way to list expired or revoked holders.
export async function lookupPublicOfficer(db: Db, query: string, options: { on?: Date } = {}): Promise<PublicOfficerCertificate[]> {
  const q = query.trim();
  // No name or certificate number holds a control character (a NUL byte would make PostgreSQL
  // refuse the statement); the number is compared with ILIKE, so its wildcards are escaped.
  if (q.length < 2 || /[\p{Cc}]/u.test(q)) return [];
  const day = toShanghaiDate(options.on ?? new Date());
  const rows = await db.certificate.findMany({
    where: { OR: [{ number: equalsIgnoringCase(q) }, { officer: { name: q } }] },
    select,
    take: 50,
  });
  return rows.map((row) => toPublic(row, day)).sort(byNameThenNumber);
}
