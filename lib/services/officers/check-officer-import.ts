import 'server-only';
import { createHash } from 'node:crypto';
import type { Db, Tx } from '@/lib/db';
import { checkImportRows, type CheckedImportRow } from '@/lib/domain/officers/import-rows';
import { readOfficerSheet } from './read-officer-sheet';

export type OfficerImportPreviewRow = CheckedImportRow & {
  // The person (same name and unit) is already in the registry: only the certificate is added.
  existingOfficer: boolean;
};

export type OfficerImportPreview = {
  fileSha256: string;
  fileErrors: string[];
  rows: OfficerImportPreviewRow[];
  errorCount: number;
  officersToCreate: number;
  certificatesToAdd: number;
  canImport: boolean;
};

// Reads and checks every row against the sheet rules and the registry. Writes nothing; the import
// runs it again inside its transaction.
export async function checkOfficerImport(db: Db | Tx, buffer: Uint8Array): Promise<OfficerImportPreview> {
  const fileSha256 = createHash('sha256').update(buffer).digest('hex');
  const sheet = await readOfficerSheet(buffer);
  const empty = { fileSha256, rows: [], errorCount: 0, officersToCreate: 0, certificatesToAdd: 0, canImport: false };
  if (sheet.fileErrors.length > 0) return { ...empty, fileErrors: sheet.fileErrors };

  const numbers = sheet.rows.map((row) => String(row.values.number ?? '').trim()).filter(Boolean);
  const names = [...new Set(sheet.rows.map((row) => String(row.values.name ?? '').trim()).filter(Boolean))];
  const [existingCertificates, existingOfficers] = await Promise.all([
    db.certificate.findMany({ where: { number: { in: numbers, mode: 'insensitive' } }, select: { number: true } }),
    db.officer.findMany({ where: { name: { in: names } }, select: { name: true, unit: true } }),
  ]);
  const checked = checkImportRows(sheet.rows, { existingCertificateNumbers: new Set(existingCertificates.map((row) => row.number)) });
  const known = new Set(existingOfficers.map((officer) => `${officer.name}\u0000${officer.unit}`));
  const rows = checked.rows.map((row) => ({ ...row, existingOfficer: known.has(`${row.cells.name}\u0000${row.cells.unit}`) }));
  const newPeople = new Set(rows.filter((row) => !row.existingOfficer).map((row) => `${row.cells.name}\u0000${row.cells.unit}`));
  return {
    fileSha256,
    fileErrors: [],
    rows,
    errorCount: checked.errorCount,
    officersToCreate: newPeople.size,
    certificatesToAdd: rows.filter((row) => row.cells.number !== '').length,
    canImport: checked.errorCount === 0,
  };
}
