'use server';

import { getDb } from '@/lib/db';
import { definePublicAction } from '@/lib/public-action';
import { checkDocument, type DocumentCheck } from '@/lib/queries/enforcement/documents';
import { verifyDocumentSchema } from '@/lib/schemas/enforcement-documents';

// Public endpoint (no session): checks an enforcement document by its verification code and/or the
// SHA-256 of the PDF the visitor holds (hashed in their browser; the file is never sent). Rate-limited
// per address; answers with the document's number, organ, date and hash only — nothing personal.
export const verifyDocumentAction = definePublicAction({
  scope: 'document.verify',
  guarded: false,
  schema: verifyDocumentSchema,
  run: async ({ verifyCode, documentSha256 }): Promise<DocumentCheck> => checkDocument(getDb(), { code: verifyCode, sha256: documentSha256 }),
});
