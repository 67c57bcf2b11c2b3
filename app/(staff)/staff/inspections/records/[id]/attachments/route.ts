import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { requirePermission } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { attachInspectionFile, INSPECTION_ATTACHMENT_MAX_BYTES } from '@/lib/services/inspections/attach-inspection-file';
import { formatSizeLimit } from '@/lib/i18n/format-size';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { handleWrite, refuseJson } from '@/lib/http/route-handler';

// Multipart upload of one photo or document (field "file") to an inspection. The body is refused by
// its declared length before it is read; the store streams it to disk, hashing it and checking its
// real type.
const MULTIPART_OVERHEAD = 64 * 1024;
const text = messages.inspections.attachments;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleWrite(request, 'inspection attachment', async () => {
    const actor = await requirePermission('inspection.record');
    const { id } = await params;
    const length = Number(request.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(length) && length > INSPECTION_ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD) {
      return refuseJson(413, text.tooLarge(formatSizeLimit(INSPECTION_ATTACHMENT_MAX_BYTES)));
    }
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) return refuseJson(422, text.missing);
    const attachment = await attachInspectionFile(
      getDb(),
      actor,
      { inspectionId: id, fileName: file.name, declaredType: file.type, stream: file.stream() },
      { store: getAttachmentStore() },
    );
    revalidatePath('/staff/inspections', 'layout');
    return NextResponse.json({ ok: true, message: text.uploaded, id: attachment.id });
  });
}
