import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { requirePermission } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { refuseForeignOrigin } from '@/lib/http/origin';
import { messages } from '@/lib/i18n/messages';
import { attachDisclosureFile, DISCLOSURE_ATTACHMENT_MAX_BYTES } from '@/lib/services/disclosure/attach-disclosure-file';
import { formatSizeLimit } from '@/lib/i18n/format-size';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// Multipart upload of one attachment (field "file"). The body is refused by its declared length
// before it is read; the store streams the file to disk, hashing it and checking its real type.
const MULTIPART_OVERHEAD = 64 * 1024;
const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, VALIDATION: 422, RULE_VIOLATION: 422 } as const;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  try {
    const actor = await requirePermission('disclosure.draft');
    const { id } = await params;
    const length = Number(request.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(length) && length > DISCLOSURE_ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD) {
      return refuse(413, messages.disclosure.attachment.tooLarge(formatSizeLimit(DISCLOSURE_ATTACHMENT_MAX_BYTES)));
    }
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) return refuse(422, messages.disclosure.attachment.missing);
    const attachment = await attachDisclosureFile(
      getDb(),
      actor,
      { disclosureId: id, fileName: file.name, declaredType: file.type, stream: file.stream() },
      { store: getAttachmentStore() },
    );
    revalidatePath('/staff/disclosures', 'layout');
    return NextResponse.json({ ok: true, message: messages.disclosure.success.uploaded, id: attachment.id });
  } catch (error) {
    if (isAppError(error)) return refuse(STATUS[error.code], error.userMessage);
    const reference = randomUUID().slice(0, 8);
    console.error(`[attachment upload ${reference}]`, error);
    return refuse(500, `${messages.errors.internal}（错误编号 ${reference}）`);
  }
}

function refuse(status: number, message: string) {
  return NextResponse.json({ ok: false, message }, { status });
}
