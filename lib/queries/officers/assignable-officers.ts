import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { assignabilityBlockers, certificateQualifies, type CertificateKind } from '@/lib/domain/officers/certificate-status';
import { certificateSelect, loadOfficerCertificateFacts, toCertificateFacts } from './certificate-facts';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type AssignableOfficer = {
  id: string;
  name: string;
  unit: string;
  userId: string | null;
  // The certificates of the requested kind that qualify on the day.
  certificates: { number: string; category: string; validTo: string }[];
};

// Officers who may be assigned work of `kind` (default: enforcement) on the day `on` falls on in
// the bureau's calendar: active, with a qualifying certificate. Read fresh on every call, so an
// expired or revoked certificate removes the officer at once. Used by inspections and cases.
export async function listAssignableOfficers(db: Db | Tx, options: { on: Date; kind?: CertificateKind }): Promise<AssignableOfficer[]> {
  const kind = options.kind ?? 'ENFORCEMENT';
  const day = toShanghaiDate(options.on);
  // Filtered by the pure rule rather than in SQL, so there is one definition of "qualifies"
  // (a certificate revoked after the day still counted on that day).
  const officers = await db.officer.findMany({
    where: { active: true, certificates: { some: { kind } } },
    select: { id: true, name: true, unit: true, userId: true, certificates: { where: { kind }, select: certificateSelect } },
  });
  return officers
    .map((officer) => ({
      id: officer.id,
      name: officer.name,
      unit: officer.unit,
      userId: officer.userId,
      certificates: officer.certificates
        .filter((row) => certificateQualifies(toCertificateFacts(row), day))
        .map((row) => ({ number: row.number, category: row.category, validTo: isoOfDateColumn(row.validTo) })),
    }))
    .filter((officer) => officer.certificates.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
}

// Why each of `officerIds` may not be assigned on the day (empty when all may), for a service to
// pass to refuseIfBlocked inside its transaction. Each message names the officer.
export async function officerAssignabilityBlockers(db: Db | Tx, options: { officerIds: readonly string[]; on: Date; kind?: CertificateKind }): Promise<Blocker[]> {
  const kind = options.kind ?? 'ENFORCEMENT';
  const day = toShanghaiDate(options.on);
  const facts = await loadOfficerCertificateFacts(db, options.officerIds);
  const blockers: Blocker[] = [];
  for (const officerId of new Set(options.officerIds)) {
    const officer = facts.get(officerId);
    if (!officer) {
      blockers.push({ code: 'OFFICER_NOT_FOUND', message: '所选执法人员不存在' });
      continue;
    }
    if (!officer.active) {
      blockers.push({ code: 'OFFICER_INACTIVE', message: `${officer.name}已停用` });
      continue;
    }
    for (const blocker of assignabilityBlockers(officer.certificates, day, kind)) {
      blockers.push({ ...blocker, message: `${officer.name}：${blocker.message}` });
    }
  }
  return blockers;
}
