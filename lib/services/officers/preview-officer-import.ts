import 'server-only';
import type { Db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { checkOfficerImport, type OfficerImportPreview } from './check-officer-import';

export type { OfficerImportPreview, OfficerImportPreviewRow } from './check-officer-import';

// Step 1 of the import: every row's errors, named by column, before anything is written.
export async function previewOfficerImport(db: Db, actor: Actor, buffer: Uint8Array): Promise<OfficerImportPreview> {
  assertCan(actor, 'officers.manage');
  return checkOfficerImport(db, buffer);
}
