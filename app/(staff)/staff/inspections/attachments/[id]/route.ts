import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { findAttachment } from '@/lib/queries/files/attachments';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { fileResponse } from '@/lib/http/file-response';

// Staff download of an inspection's photo or document (any staff member may view inspections).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ ok: false, message: messages.errors.unauthenticated }, { status: 401 });
  if (!can(actor.roles, 'staff.access')) return NextResponse.json({ ok: false, message: messages.errors.forbidden }, { status: 403 });
  const { id } = await params;
  const attachment = await findAttachment(getDb(), id);
  if (!attachment || attachment.inspectionId === null) {
    return NextResponse.json({ ok: false, message: messages.errors.notFound }, { status: 404 });
  }
  const stream = await getAttachmentStore().get(attachment.storageKey);
  return fileResponse(stream, attachment);
}
