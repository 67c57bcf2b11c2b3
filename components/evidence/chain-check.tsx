import 'server-only';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

const t = messages.evidence.chain;

/**
 * The case file's integrity check, run when the page renders: the hash chain of steps and evidence
 * against the recorded head, and every evidence file re-hashed against its SHA-256.
 * `checkFiles={false}` skips re-hashing the files (the chain is still checked).
 */
export async function ChainCheck({ caseId, checkFiles = true }: { caseId: string; checkFiles?: boolean }) {
  const result = await verifyCaseFile(getDb(), caseId, { store: getAttachmentStore(), checkFiles });
  return (
    <section aria-labelledby={`chain-check-${caseId}`} className="space-y-2" data-testid="chain-check">
      <h2 id={`chain-check-${caseId}`} className="text-lg font-semibold">{t.title}</h2>
      {result.ok ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800" data-result="ok">
          {checkFiles ? t.ok(result.records, result.files) : t.okNoFiles(result.records)}
        </p>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-result={result.problem}>
          {t.failed}{result.message}
        </p>
      )}
    </section>
  );
}
