import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { evidenceZip } from '@/lib/export/case-file';
import { refuseJson } from '@/lib/http/route-handler';
import { caseFileAccess } from '../access';
import { messages } from '@/lib/i18n/messages';
import { loadEvidenceZipRows } from '@/lib/queries/enforcement/case-file';
import { listCaseEvidence } from '@/lib/queries/evidence/case-evidence';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// The case's evidence files (documents' files included) as a zip beside the case file PDF, with a
// SHA256SUMS manifest whose hashes are the ones the case file lists. Same access as the files.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const access = await caseFileAccess(params);
  if (access instanceof Response) return access;
  const { db, caseId } = access;
  const kase = await loadEvidenceZipRows(db, caseId);
  if (!kase) return refuseJson(404, messages.errors.notFound);
  const { byId } = kase;
  const items = await listCaseEvidence(db, caseId);
  const store = getAttachmentStore();
  const stream = await evidenceZip(
    items.map((item) => {
      const row = byId.get(item.id)!;
      return { name: `${String(row.chainSeq).padStart(3, '0')}-${item.fileName}`, sha256: item.sha256, open: () => store.get(row.storageKey) };
    }),
  );
  return new NextResponse(Readable.toWeb(new Readable().wrap(stream)) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="evidence.zip"; filename*=UTF-8''${encodeURIComponent(`${kase.caseNumber}证据.zip`)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
