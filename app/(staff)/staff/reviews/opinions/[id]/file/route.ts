import { getDb } from '@/lib/db';
import { externalOpinionAttachmentId } from '@/lib/queries/files/attachments';
import { downloadLinkedFile } from '../../../../matters/_lib/file-download';

// An external opinion's document, for legal reviewers and for those who draft and submit subjects.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return downloadLinkedFile({
    permissions: ['review.decide', 'review.submit', 'matters.draft'],
    findAttachmentId: () => externalOpinionAttachmentId(getDb(), id),
  });
}
