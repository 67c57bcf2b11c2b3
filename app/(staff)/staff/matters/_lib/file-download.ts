import 'server-only';
import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can, type Permission } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { findAttachment } from '@/lib/queries/files/attachments';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { fileResponse } from '@/lib/http/file-response';

const refuse = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status });

/**
 * Staff download of a contract's or an external opinion's file: only for a signed-in user holding
 * one of `permissions` (checked against the database's roles), and only the attachment the record
 * links (`findAttachmentId` returns null when the record or its file is missing).
 */
export async function downloadLinkedFile(options: { permissions: readonly Permission[]; findAttachmentId: () => Promise<string | null> }): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return refuse(401, messages.errors.unauthenticated);
  if (!options.permissions.some((permission) => can(actor.roles, permission))) return refuse(403, messages.errors.forbidden);
  const attachmentId = await options.findAttachmentId();
  const attachment = attachmentId ? await findAttachment(getDb(), attachmentId) : null;
  if (!attachment) return refuse(404, messages.errors.notFound);
  const stream = await getAttachmentStore().get(attachment.storageKey);
  return fileResponse(stream, attachment);
}
