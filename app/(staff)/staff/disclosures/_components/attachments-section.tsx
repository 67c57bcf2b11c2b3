import { messages } from '@/lib/i18n/messages';
import type { DisclosureDetail } from '@/lib/queries/disclosure/get-disclosure-detail';
import { AttachmentUpload } from './attachment-upload';
import { formatFileSize } from '@/lib/i18n/format-size';
import { RemoveAttachmentForm } from './workflow-forms';

const text = messages.disclosure;

export function AttachmentsSection({ disclosure, canChange }: { disclosure: DisclosureDetail; canChange: boolean }) {
  return (
    <section aria-labelledby="attachments" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="attachments" className="text-lg font-semibold">
        {text.sections.attachments}
      </h2>
      {disclosure.attachments.length === 0 ? (
        <p className="text-sm text-stone-700">{text.labels.noAttachments}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {disclosure.attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <span>{a.fileName}</span>
              <span className="text-stone-600">
                {formatFileSize(a.size)} · SHA-256 {a.sha256.slice(0, 12)}…
              </span>
              {canChange ? <RemoveAttachmentForm attachmentId={a.id} fileName={a.fileName} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canChange ? <AttachmentUpload disclosureId={disclosure.id} /> : null}
    </section>
  );
}
