import { messages } from '@/lib/i18n/messages';
import type { DocumentPanel } from '@/lib/queries/enforcement/documents';
import { BlockerList, Section } from './blockers';
import { GenerateDocumentForm } from './document-forms';

const t = messages.documents.panel;

/**
 * The case's documents: each type its template offers, with what it still needs (the same
 * documentBlockers the generating service refuses with) or a button per party for those who may
 * generate; then the documents generated, with their number, verification code and files.
 */
export function DocumentsPanel({ caseId, panel, canGenerate }: { caseId: string; panel: DocumentPanel; canGenerate: boolean }) {
  return (
    <Section id="case-documents" title={t.title}>
      <p className="text-sm text-stone-700">{t.intro}</p>
      {canGenerate ? (
        <ul className="space-y-3" data-testid="document-types">
          {panel.types.map((type) => {
            const ready = type.perParty.filter((p) => p.blockers.length === 0);
            const blocked = type.perParty.find((p) => p.blockers.length > 0)?.blockers ?? type.blockers;
            return (
              <li key={type.type} className="rounded-md border border-stone-200 p-3" data-testid={`doc-type-${type.type}`}>
                <p className="font-medium">{type.label}</p>
                {ready.length > 0 ? (
                  <div className="mt-2 flex flex-wrap gap-3">
                    {ready.map((p) => (
                      <GenerateDocumentForm key={p.partyId} caseId={caseId} docType={type.type} partyId={p.partyId} partyName={p.partyName} label={type.label} />
                    ))}
                  </div>
                ) : null}
                {ready.length < type.perParty.length || type.perParty.length === 0 ? (
                  <div className="mt-2 text-sm">
                    <p className="text-stone-600">{t.notAvailable}</p>
                    <BlockerList id={`doc-blockers-${type.type}`} tone="amber" blockers={blocked} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {panel.documents.length === 0 ? (
        <p className="text-sm text-stone-700">{t.none}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="documents">
          {panel.documents.map((doc) => (
            <li key={doc.id} className="rounded-md border border-stone-200 p-3" data-testid="document-row" data-type={doc.type}>
              <p className="font-medium">
                {doc.label} <span data-testid="document-number">{doc.number}</span>
              </p>
              <p className="text-stone-700">
                {t.party}：{doc.partyName}　{t.issuedOn}：{doc.issuedOn}　{t.code}：
                <span className="font-mono" data-testid="document-code">
                  {doc.verificationCode}
                </span>
                　{t.template}：{doc.templateVersion}
              </p>
              <p className="flex flex-wrap gap-3">
                <a className="text-brand-700 hover:underline" href={`/api/evidence/${doc.pdfEvidenceId}`} download data-testid="document-pdf">
                  {t.pdf}
                </a>
                <a className="text-brand-700 hover:underline" href={`/api/evidence/${doc.docxEvidenceId}`} download data-testid="document-docx">
                  {t.docx}
                </a>
              </p>
              <p className="break-all font-mono text-xs text-stone-500">
                {t.sha256}：{doc.pdfSha256}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
