import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { isAppError } from '@/lib/errors';
import { refuseForeignOrigin } from '@/lib/http/origin';
import { messages } from '@/lib/i18n/messages';
import { evidenceUploadSchema } from '@/lib/schemas/evidence';
import { evidenceMaxBytes, uploadEvidence } from '@/lib/services/enforcement/evidence-upload';
import { formatSizeLimit } from '@/lib/i18n/format-size';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { summarise, toFieldErrors } from '@/lib/validation';

// Streaming upload of one evidence file to a case (recorder videos are hundreds of MB, so this is a
// route handler reading the raw request body, not a server action or multipart form). Metadata
// travels as query parameters: kind, officerId, deviceId (optional), capturedAt (ISO with offset),
// fileName. The body is refused by its declared length before it is read.
export const dynamic = 'force-dynamic';

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, VALIDATION: 422, RULE_VIOLATION: 422 } as const;
const t = messages.evidence;

function refuse(status: number, message: string, fieldErrors?: Record<string, string[]>) {
  return NextResponse.json({ ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  try {
    const actor = await currentActor();
    if (!actor) return refuse(401, messages.errors.unauthenticated);
    if (!can(actor.roles, 'case.work')) return refuse(403, messages.errors.forbidden);
    const { caseId } = await params;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(caseId)) return refuse(404, t.errors.caseNotFound);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = evidenceUploadSchema.safeParse(query);
    if (!parsed.success) {
      const fieldErrors = toFieldErrors(parsed.error);
      return refuse(422, summarise(fieldErrors), fieldErrors);
    }
    const db = getDb();
    const maxBytes = await evidenceMaxBytes(db);
    const length = Number(request.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(length) && length > maxBytes) return refuse(413, t.errors.tooLarge(formatSizeLimit(maxBytes)));
    if (!request.body || length === 0) return refuse(422, t.upload.missing);
    const result = await uploadEvidence(
      db,
      actor,
      {
        caseId,
        kind: parsed.data.kind,
        officerId: parsed.data.officerId,
        deviceId: parsed.data.deviceId,
        capturedAt: parsed.data.capturedAt,
        fileName: parsed.data.fileName,
        declaredType: request.headers.get('content-type') ?? '',
        stream: request.body,
      },
      { store: getAttachmentStore(), maxBytes },
    );
    revalidatePath('/staff/cases', 'layout');
    return NextResponse.json({ ok: true, message: t.upload.uploaded, ...result }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (isAppError(error)) return refuse(STATUS[error.code], error.userMessage, error.fieldErrors);
    const reference = randomUUID().slice(0, 8);
    console.error(`[evidence upload ${reference}]`, error);
    return refuse(500, `${messages.errors.internal}（错误编号 ${reference}）`);
  }
}
