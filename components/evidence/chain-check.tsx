import { messages } from '@/lib/i18n/messages';

const t = messages.evidence.chain;

/** What the integrity check found (lib/services/enforcement/verify-case-file.ts CaseFileVerification). */
export type ChainCheckResult = { ok: true; records: number; files: number } | { ok: false; problem: string; message: string };

/**
 * The case file's integrity check: the hash chain of steps and evidence against the recorded head,
 * and (unless `checkFiles` is false) every evidence file re-hashed against its SHA-256.
 */
export function ChainCheckView({ caseId, checkFiles, result }: { caseId: string; checkFiles: boolean; result: ChainCheckResult }) {
  return (
    <section aria-labelledby={`chain-check-${caseId}`} className="space-y-2" data-testid="chain-check">
      <h2 id={`chain-check-${caseId}`} className="text-lg font-semibold">
        {t.title}
      </h2>
      {result.ok ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800" data-result="ok">
          {checkFiles ? t.ok(result.records, result.files) : t.okNoFiles(result.records)}
        </p>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-result={result.problem}>
          {t.failed}
          {result.message}
        </p>
      )}
    </section>
  );
}
