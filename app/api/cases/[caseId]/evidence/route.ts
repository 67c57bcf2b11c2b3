import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { evidenceUploadSchema } from '@/lib/schemas/evidence';
import { evidenceMaxBytes, uploadEvidence } from '@/lib/services/enforcement/evidence-upload';
import { formatSizeLimit } from '@/lib/i18n/format-size';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { summarise, toFieldErrors } from '@/lib/validation';
import { handleWrite, refuseJson } from '@/lib/http/route-handler';

// Streaming upload of one evidence file to a case (recorder videos are hundreds of MB, so this is a
// route handler reading the raw request body, not a server action or multipart form). Metadata
// travels as query parameters: kind, officerId, deviceId (optional), capturedAt (ISO with offset),
// fileName. The body is refused by its declared length before it is read.
export const dynamic = 'force-dynamic';

const t = messages.evidence;

export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  return handleWrite(request, 'evidence upload', async () => {
    const actor = await currentActor();
    if (!actor) return refuseJson(401, messages.errors.unauthenticated);
    if (!can(actor.roles, 'case.work')) return refuseJson(403, messages.errors.forbidden);
    const { caseId } = await params;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(caseId)) return refuseJson(404, t.errors.caseNotFound);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = evidenceUploadSchema.safeParse(query);
    if (!parsed.success) {
      const fieldErrors = toFieldErrors(parsed.error);
      return refuseJson(422, summarise(fieldErrors), fieldErrors);
    }
    const db = getDb();
    const maxBytes = await evidenceMaxBytes(db);
    const length = Number(request.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(length) && length > maxBytes) return refuseJson(413, t.errors.tooLarge(formatSizeLimit(maxBytes)));
    if (!request.body || length === 0) return refuseJson(422, t.upload.missing);
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
  });
}
