import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { getReviewFile } from '@/lib/queries/review/get-review-file';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// A file of what a review round was submitted with, for legal reviewers (review.decide, from the
// database): PDF and images inline so the review page can preview them (framed by the portal's own
// pages only), anything else as a download. Under /api so the page proxy's frame-ancestors 'none'
// does not apply; next.config.ts lets only this path be framed, by the same origin.
export const dynamic = 'force-dynamic';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const json = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status, headers: { 'Cache-Control': 'no-store' } });

function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ reviewId: string; fileId: string }> }) {
  const actor = await currentActor();
  if (!actor) return json(401, messages.errors.unauthenticated);
  if (!can(actor.roles, 'review.decide')) return json(403, messages.errors.forbidden);
  const { reviewId, fileId } = await params;
  if (!ID.test(reviewId) || !ID.test(fileId)) return json(404, messages.errors.notFound);
  const file = await getReviewFile(getDb(), { reviewId, fileId });
  if (!file) return json(404, messages.errors.notFound);
  let stream: Readable;
  try {
    stream = await getAttachmentStore().get(file.storageKey);
  } catch {
    return json(404, messages.errors.notFound);
  }
  return new NextResponse(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.size),
      'Content-Disposition': disposition(file.inline ? 'inline' : 'attachment', file.fileName),
      'X-Content-Type-Options': 'nosniff',
      // Chromium's PDF viewer does not run in a sandboxed document; images and downloads are sandboxed.
      'Content-Security-Policy': file.mimeType === 'application/pdf' ? "default-src 'none'; frame-ancestors 'self'" : "default-src 'none'; sandbox; frame-ancestors 'self'",
      'Cache-Control': 'private, no-store',
    },
  });
}
