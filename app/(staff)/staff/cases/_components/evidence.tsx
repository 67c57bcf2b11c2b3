import 'server-only';
import { ChainCheckView } from '@/components/evidence/chain-check';
import { EvidencePanelView } from '@/components/evidence/evidence-panel';
import { getDb } from '@/lib/db';
import { listCaseEvidence, loadUploadChoices } from '@/lib/queries/evidence/case-evidence';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// The case pages' evidence panel and integrity check: the reads here, the rendering in
// components/evidence (which take their data as props).

/** The case's evidence (one step's when `stepId` is given), with the upload form when `canUpload`. */
export async function EvidencePanel({ caseId, stepId, canUpload }: { caseId: string; stepId: string | null; canUpload: boolean }) {
  const db = getDb();
  const items = await listCaseEvidence(db, caseId, stepId);
  const upload = canUpload ? { ...(await loadUploadChoices(db, caseId)), maxMegabytes: await readSetting(db, 'evidence.maxMegabytes') } : null;
  return <EvidencePanelView caseId={caseId} stepId={stepId} items={items} upload={upload} />;
}

/** The integrity check, run when the page renders; `checkFiles={false}` skips re-hashing the files. */
export async function ChainCheck({ caseId, checkFiles = true }: { caseId: string; checkFiles?: boolean }) {
  const result = await verifyCaseFile(getDb(), caseId, { store: getAttachmentStore(), checkFiles });
  return <ChainCheckView caseId={caseId} checkFiles={checkFiles} result={result} />;
}
