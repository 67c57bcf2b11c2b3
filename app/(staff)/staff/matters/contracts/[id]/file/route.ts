import { getDb } from '@/lib/db';
import { contractAttachmentId } from '@/lib/queries/files/attachments';
import { downloadLinkedFile } from '../../../_lib/file-download';

// The contract's current file, for its drafters (matters.draft) and the legal reviewers who review it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return downloadLinkedFile({
    permissions: ['matters.draft', 'review.decide'],
    findAttachmentId: () => contractAttachmentId(getDb(), id),
  });
}
