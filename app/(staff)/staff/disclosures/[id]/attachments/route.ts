import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { requirePermission } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { attachDisclosureFile, DISCLOSURE_ATTACHMENT_MAX_BYTES } from '@/lib/services/disclosure/attach-disclosure-file';
import { formatSizeLimit } from '@/lib/i18n/format-size';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { handleWrite, refuseJson } from '@/lib/http/route-handler';

// Multipart upload of one attachment (field "file"). The body is refused by its declared length
// before it is read; the store streams the file to disk, hashing it and checking its real type.
const MULTIPART_OVERHEAD = 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleWrite(request, 'attachment upload', async () => {
    const actor = await requirePermission('disclosure.draft');
    const { id } = await params;
    const length = Number(request.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(length) && length > DISCLOSURE_ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD) {
      return refuseJson(413, messages.disclosure.attachment.tooLarge(formatSizeLimit(DISCLOSURE_ATTACHMENT_MAX_BYTES)));
    }
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) return refuseJson(422, messages.disclosure.attachment.missing);
    const attachment = await attachDisclosureFile(
      getDb(),
      actor,
      { disclosureId: id, fileName: file.name, declaredType: file.type, stream: file.stream() },
      { store: getAttachmentStore() },
    );
    revalidatePath('/staff/disclosures', 'layout');
    return NextResponse.json({ ok: true, message: messages.disclosure.success.uploaded, id: attachment.id });
  });
}
