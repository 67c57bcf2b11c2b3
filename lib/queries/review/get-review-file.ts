import 'server-only';
import type { Db } from '@/lib/db';
import { previewKind } from '@/lib/domain/review/content';
import { loadSubjectOrNull } from './subjects';
import { roundContent } from './get-review-detail';

export type ReviewFile = { storageKey: string; fileName: string; mimeType: string; size: number; sha256: string; inline: boolean };

/**
 * One file of what a round was submitted with, for the legal reviewers who read it: only a file
 * the round's content lists (so nothing else in the store is reachable through a review), and only
 * while the stored file is still the one the round covers (same SHA-256).
 */
export async function getReviewFile(db: Db, input: { reviewId: string; fileId: string }): Promise<ReviewFile | null> {
  const review = await db.legalReview.findUnique({
    where: { id: input.reviewId },
    select: { id: true, subjectType: true, subjectId: true, contentHash: true },
  });
  if (!review) return null;
  const subject = await db.$transaction((tx) => loadSubjectOrNull(tx, review.subjectType, review.subjectId)).catch(() => null);
  const content = await roundContent(db, review.id, review.subjectType, review.subjectId, review.contentHash, subject?.contentHash ?? null);
  const listed = content?.files.find((file) => file.id === input.fileId);
  if (!listed) return null;
  const attachment = await db.attachment.findUnique({ where: { id: listed.id } });
  if (!attachment || attachment.sha256 !== listed.sha256) return null;
  return {
    storageKey: attachment.storageKey,
    fileName: attachment.fileName,
    mimeType: attachment.mimeType,
    size: Number(attachment.size),
    sha256: attachment.sha256,
    inline: previewKind(attachment.mimeType) !== 'download',
  };
}
