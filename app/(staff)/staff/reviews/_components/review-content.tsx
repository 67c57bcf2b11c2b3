import { Markdown } from '@/app/(public)/_lib/markdown';
import type { FileChange, ReviewContent, ReviewContentDiff, ReviewContentFile } from '@/lib/domain/review/content';
import { previewKind } from '@/lib/domain/review/content';
import { messages } from '@/lib/i18n/messages';

const text = messages.review;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
const fileUrl = (reviewId: string, fileId: string) => `/api/review-files/${reviewId}/${fileId}`;

// The public detail page's body styles (app/(public)/disclosures/[id]/page.tsx), so the reviewer
// reads the text as the public will.
const PUBLIC_BODY =
  'max-w-none break-words text-lg leading-loose text-stone-900 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-4 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-bold [&_h4]:mt-4 [&_h4]:font-bold [&_hr]:my-6 [&_li]:ml-6 [&_ol]:list-decimal [&_p]:my-3 [&_p]:indent-8 [&_pre]:overflow-x-auto [&_pre]:bg-stone-100 [&_pre]:p-3 [&_table]:my-4 [&_table]:border-collapse [&_td]:border [&_td]:border-stone-300 [&_td]:px-2 [&_th]:border [&_th]:border-stone-300 [&_th]:bg-stone-100 [&_th]:px-2 [&_ul]:list-disc [&_.table-scroll]:overflow-x-auto';

function FilePreview({ reviewId, file }: { reviewId: string; file: ReviewContentFile }) {
  const url = fileUrl(reviewId, file.id);
  const kind = previewKind(file.mimeType);
  return (
    <li className="rounded-md border border-stone-200 p-3">
      <p className="text-sm">
        <span className="font-medium">{file.fileName}</span>
        <span className="ml-2 text-stone-600">（{text.content.size(file.size)}）</span>
        <span className="block break-all text-xs text-stone-600">
          SHA-256：<code>{file.sha256}</code>
        </span>
      </p>
      {kind === 'pdf' ? (
        <>
          <iframe src={url} title={text.content.preview(file.fileName)} className="mt-2 h-[32rem] w-full rounded border border-stone-300" />
          <a href={url} target="_blank" rel="noopener" className="mt-1 inline-block text-sm text-brand-700 underline">
            {text.content.open(file.fileName)}
          </a>
        </>
      ) : kind === 'image' ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private file, not an optimisable asset
        <img src={url} alt={text.content.preview(file.fileName)} className="mt-2 max-h-[32rem] max-w-full rounded border border-stone-300" />
      ) : (
        <a href={url} download className="mt-1 inline-block text-sm text-brand-700 underline">
          {text.content.download(file.fileName)}
        </a>
      )}
    </li>
  );
}

/** What the round was submitted with, as it will be published or decided. */
export function ReviewContentView({ reviewId, content }: { reviewId: string; content: ReviewContent }) {
  const sections = content.publicBody === null ? content.sections : content.sections.filter((s) => s.label !== '正文');
  return (
    <div className="space-y-5">
      <p className="text-sm text-stone-600">{text.content.intro}</p>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {sections.map((section) => (
          <div key={section.label} className="contents">
            <dt className="font-medium text-stone-700">{section.label}</dt>
            <dd className="whitespace-pre-wrap break-words">{section.text === '' ? text.content.empty : section.text}</dd>
          </div>
        ))}
      </dl>
      {content.publicBody !== null ? (
        <section aria-labelledby="content-body-heading" className="rounded-md border border-stone-200 p-4">
          <h3 id="content-body-heading" className="mb-2 font-semibold">
            {text.content.publicBody}
          </h3>
          <div className={PUBLIC_BODY} data-testid="review-public-body">
            <Markdown source={content.publicBody} topLevel={4} />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="content-files-heading">
        <h3 id="content-files-heading" className="mb-2 font-semibold">
          {text.content.files}
        </h3>
        {content.files.length === 0 ? (
          <p className="text-sm text-stone-600">{text.content.noFiles}</p>
        ) : (
          <ul className="space-y-3">
            {content.files.map((file) => (
              <FilePreview key={file.id} reviewId={reviewId} file={file} />
            ))}
          </ul>
        )}
      </section>
      {content.evidence.length > 0 || content.sections.some((s) => s.label === '案件事实') ? (
        <section aria-labelledby="content-evidence-heading" className="overflow-x-auto">
          <h3 id="content-evidence-heading" className="mb-2 font-semibold">
            {text.content.evidence}
          </h3>
          {content.evidence.length === 0 ? (
            <p className="text-sm text-stone-600">{text.content.noEvidence}</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{text.content.evidenceCaption}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="py-1 pr-3">
                    {text.content.evidenceKind}
                  </th>
                  <th scope="col" className="pr-3">
                    {text.content.evidenceFile}
                  </th>
                  <th scope="col" className="pr-3">
                    {text.content.evidenceAt}
                  </th>
                  <th scope="col">{text.content.evidenceHash}</th>
                </tr>
              </thead>
              <tbody>
                {content.evidence.map((item) => (
                  <tr key={item.id} className="border-b align-top">
                    <td className="py-1 pr-3 whitespace-nowrap">{item.kind}</td>
                    <td className="pr-3">
                      <a href={`/api/evidence/${item.id}`} className="text-brand-700 underline">
                        {item.fileName}
                      </a>
                    </td>
                    <td className="pr-3 whitespace-nowrap">{timeFormat.format(new Date(item.capturedAt))}</td>
                    <td>
                      <code className="break-all text-xs">{item.sha256}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </div>
  );
}

function FileChanges({ title, changes }: { title: string; changes: readonly FileChange<{ fileName: string; sha256: string }>[] }) {
  if (changes.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 font-semibold">{title}</h3>
      <ul className="list-disc pl-5 text-sm">
        {changes.map((change) => (
          <li key={`${change.change}-${change.file.sha256}-${change.file.fileName}`}>
            {change.change === 'added'
              ? text.diff.fileAdded(change.file.fileName)
              : change.change === 'removed'
                ? text.diff.fileRemoved(change.file.fileName)
                : text.diff.fileReplaced(change.file.fileName)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Round 2 onwards: what changed since the previous round, section by section, and the files. */
export function ReviewContentDiffView({ diff }: { diff: ReviewContentDiff }) {
  if (diff.sections.length === 0 && diff.files.length === 0 && diff.evidence.length === 0) {
    return <p className="text-sm text-stone-600">{text.diff.none}</p>;
  }
  return (
    <div className="space-y-4">
      {diff.sections.length > 0 ? <p className="text-sm text-stone-600">{text.diff.legend}</p> : null}
      {diff.sections.map((section) => (
        <div key={section.label} data-testid="review-diff-section">
          <h3 className="mb-1 font-semibold">
            {section.label}
            <span className="ml-2 text-sm font-normal text-stone-600">
              {section.change === 'added' ? text.diff.sectionAdded : section.change === 'removed' ? text.diff.sectionRemoved : text.diff.sectionChanged}
            </span>
          </h3>
          <p className="whitespace-pre-wrap break-words rounded-md bg-stone-50 p-3 text-sm leading-relaxed">
            {section.parts.map((part, index) =>
              part.kind === 'added' ? (
                <ins key={index} className="bg-green-100 text-green-900 underline">
                  <span className="sr-only">［{text.diff.added}：</span>
                  {part.text}
                  <span className="sr-only">］</span>
                </ins>
              ) : part.kind === 'removed' ? (
                <del key={index} className="bg-red-100 text-red-900 line-through">
                  <span className="sr-only">［{text.diff.removed}：</span>
                  {part.text}
                  <span className="sr-only">］</span>
                </del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </div>
      ))}
      <FileChanges title={text.diff.files} changes={diff.files} />
      <FileChanges title={text.diff.evidence} changes={diff.evidence} />
    </div>
  );
}
