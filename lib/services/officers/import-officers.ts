import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { groupImportedOfficers } from '@/lib/domain/officers/import-rows';
import { AppError } from '@/lib/errors';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { checkOfficerImport, type OfficerImportPreview } from './check-officer-import';
import { syncOfficerPeriods } from './officer-periods';
import { isUniqueViolation } from './officer-user-link';

export type OfficerImportResult = { officersCreated: number; certificatesAdded: number; officerIds: string[] };

const MAX_LISTED_ERRORS = 5;

function describeErrors(preview: OfficerImportPreview): string {
  if (preview.fileErrors.length > 0) return `未导入：${preview.fileErrors.join('；')}`;
  const bad = preview.rows.filter((row) => row.errors.length > 0);
  const listed = bad.slice(0, MAX_LISTED_ERRORS).map((row) => `第${row.row}行：${row.errors.join('，')}`);
  const more = bad.length > MAX_LISTED_ERRORS ? `；另有${bad.length - MAX_LISTED_ERRORS}行有误` : '';
  return `未导入：${bad.length}行有误，全部行均未写入。${listed.join('；')}${more}`;
}

// Step 2: checks the file again inside one transaction and writes every row, or nothing at all.
// `expectedSha256` (from the preview) refuses a file other than the one the user looked at.
export async function importOfficers(db: Db, actor: Actor, buffer: Uint8Array, options: { expectedSha256?: string } = {}): Promise<OfficerImportResult> {
  assertCan(actor, 'officers.manage');
  try {
    return await db.$transaction(
      async (tx) => {
        const preview = await checkOfficerImport(tx, buffer);
        if (options.expectedSha256 !== undefined && options.expectedSha256 !== preview.fileSha256) {
          throw new AppError({ code: 'CONFLICT', userMessage: '文件与预览时的不一致，请重新上传并预览。' });
        }
        if (!preview.canImport) throw new AppError({ code: 'VALIDATION', userMessage: describeErrors(preview) });

        const rows = preview.rows.flatMap((row) => (row.data ? [row.data] : []));
        const result: OfficerImportResult = { officersCreated: 0, certificatesAdded: 0, officerIds: [] };
        for (const person of groupImportedOfficers(rows)) {
          const existing = await tx.officer.findFirst({ where: { name: person.name, unit: person.unit }, select: { id: true }, orderBy: { createdAt: 'asc' } });
          let officer = existing;
          if (!officer) {
            const created = await tx.officer.create({
              data: { name: person.name, unit: person.unit, isLegalStaff: person.isLegalStaff, legalQualificationNo: person.legalQualificationNo },
              select: { id: true, active: true, isLegalStaff: true },
            });
            await syncOfficerPeriods(tx, created.id, null, created, new Date());
            officer = created;
          }
          if (person.certificates.length > 0) {
            await tx.certificate.createMany({
              data: person.certificates.map((certificate) => ({
                ...certificate,
                officerId: officer.id,
                validFrom: isoToDbDate(certificate.validFrom),
                validTo: isoToDbDate(certificate.validTo),
              })),
            });
          }
          await recordAudit(tx, {
            actorId: actor.id,
            action: 'officer.import',
            entityType: 'Officer',
            entityId: officer.id,
            after: {
              fileSha256: preview.fileSha256,
              ...(existing ? {} : { name: person.name, unit: person.unit, isLegalStaff: person.isLegalStaff, legalQualificationNo: person.legalQualificationNo }),
              certificates: person.certificates.map((certificate) => ({ ...certificate })),
            },
          });
          if (!existing) result.officersCreated += 1;
          result.certificatesAdded += person.certificates.length;
          result.officerIds.push(officer.id);
        }
        return result;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError({ code: 'CONFLICT', userMessage: '导入期间有证件号已被登记，全部行均未写入，请重新预览。' });
    }
    throw error;
  }
}
