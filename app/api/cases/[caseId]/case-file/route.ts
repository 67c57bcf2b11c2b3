import { NextResponse } from 'next/server';
import { caseFileToPdf } from '@/lib/export/case-file';
import { refuseJson } from '@/lib/http/route-handler';
import { caseFileAccess } from './access';
import { messages } from '@/lib/i18n/messages';
import { loadCaseChainHead, loadCaseFile } from '@/lib/queries/enforcement/case-file';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// The case file (卷宗) as one PDF: for those who may see the case's evidence (officers on the
// case, the director, legal reviewers), checked against the database on every request. The chain
// is verified (files re-hashed) when the export is made, and the certificate says what was found.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const access = await caseFileAccess(params);
  if (access instanceof Response) return access;
  const { db, caseId } = access;
  const data = await loadCaseFile(db, caseId);
  if (!data) return refuseJson(404, messages.errors.notFound);
  const verifiedAt = new Date();
  const verdict = await verifyCaseFile(db, caseId, { store: getAttachmentStore() });
  const kase = await loadCaseChainHead(db, caseId);
  if (!kase) return refuseJson(404, messages.errors.notFound);
  const pdf = await caseFileToPdf(data, {
    ok: verdict.ok,
    head: verdict.ok ? verdict.head : kase.chainHead,
    length: verdict.ok ? verdict.records : kase.chainLength,
    files: verdict.ok ? verdict.files : 0,
    message: verdict.ok ? '' : verdict.message,
    verifiedAt,
  });
  const name = `${data.caseNumber}卷宗.pdf`;
  return new NextResponse(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `attachment; filename="case-file.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
