import type { ComponentProps } from 'react';
import { messages } from '@/lib/i18n/messages';
import type { EvidenceRow } from '@/lib/queries/evidence/case-evidence';
import { formatFileSize } from '@/lib/i18n/format-size';
import { formatShanghaiDateTime } from './format';
import { EvidenceUpload } from './evidence-upload';

const t = messages.evidence;

export type EvidenceUploadChoices = Omit<ComponentProps<typeof EvidenceUpload>, 'caseId'>;

/**
 * The case's evidence (only one step's when `stepId` is given): file, kind, size, full SHA-256,
 * device, capturing officer, time captured and a download link; with the streaming upload form
 * when `upload` is given (the caller decides; the upload route re-checks everything).
 */
export function EvidencePanelView({
  caseId,
  stepId,
  items,
  upload,
}: {
  caseId: string;
  stepId: string | null;
  items: readonly EvidenceRow[];
  upload: EvidenceUploadChoices | null;
}) {
  return (
    <section aria-labelledby={`evidence-${caseId}`} className="space-y-3" data-testid="evidence-panel">
      <h2 id={`evidence-${caseId}`} className="text-lg font-semibold">
        {stepId ? t.panel.stepTitle : t.panel.title}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-stone-700">{t.panel.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  {t.panel.fileName}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.panel.kind}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.panel.size}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.panel.device}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.panel.officer}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.panel.capturedAt}
                </th>
                <th scope="col" className="py-1">
                  {t.panel.sha256}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-stone-200 align-top" data-testid="evidence-row">
                  <td className="py-1 pr-3">
                    <a className="text-brand-700 hover:underline" href={`/api/evidence/${item.id}`} download>
                      {item.fileName}
                    </a>
                    {item.uploadedBy ? (
                      <div className="text-xs text-stone-600">
                        {t.panel.uploadedBy}：{item.uploadedBy}
                      </div>
                    ) : null}
                  </td>
                  <td className="py-1 pr-3">{t.kinds[item.kind]}</td>
                  <td className="py-1 pr-3 whitespace-nowrap">{formatFileSize(item.size)}</td>
                  <td className="py-1 pr-3">{item.device?.code ?? t.panel.noDevice}</td>
                  <td className="py-1 pr-3">{item.officer?.name ?? t.panel.noDevice}</td>
                  <td className="py-1 pr-3 whitespace-nowrap">{formatShanghaiDateTime(item.capturedAt)}</td>
                  <td className="py-1 font-mono text-xs break-all" data-testid="evidence-sha256">
                    {item.sha256}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {upload ? <EvidenceUpload caseId={caseId} {...upload} /> : null}
    </section>
  );
}
