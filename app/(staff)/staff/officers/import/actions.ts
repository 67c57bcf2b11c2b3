'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { importOfficers, type OfficerImportResult } from '@/lib/services/officers/import-officers';
import { previewOfficerImport, type OfficerImportPreview } from '@/lib/services/officers/preview-officer-import';
import { runUploadAction, type UploadState } from './upload-action';

// Two public endpoints, both behind officers.manage: preview (writes nothing) and import (writes
// every row in one transaction, or nothing). The import re-checks the file and refuses one whose
// hash differs from the previewed one.
export type PreviewState = UploadState<OfficerImportPreview>;
export type ImportState = UploadState<OfficerImportResult>;

export async function previewOfficerImportAction(_previous: PreviewState, formData: FormData): Promise<PreviewState> {
  return runUploadAction({
    permission: 'officers.manage',
    formData,
    run: async (actor, { bytes }) => {
      const preview = await previewOfficerImport(getDb(), actor, bytes);
      const message =
        preview.fileErrors.length > 0
          ? `${messages.officers.import.fileErrors}${preview.fileErrors.join('；')}`
          : messages.officers.import.summary(preview.rows.length, preview.errorCount);
      return { ok: preview.canImport, message, result: preview };
    },
  });
}

export async function importOfficersAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  return runUploadAction({
    permission: 'officers.manage',
    formData,
    run: async (actor, { bytes, fields }) => {
      const result = await importOfficers(getDb(), actor, bytes, fields.fileSha256 ? { expectedSha256: fields.fileSha256 } : {});
      revalidatePath('/staff/officers', 'layout');
      revalidatePath('/officers');
      return { ok: true, message: messages.officers.import.done(result.officersCreated, result.certificatesAdded), result };
    },
  });
}
