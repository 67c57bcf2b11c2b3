import 'server-only';
import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db';
import { verifyChain, type ChainProblem } from '@/lib/domain/enforcement';
import type { MacKeyring } from '@/lib/domain/records/seal';
import { messages } from '@/lib/i18n/messages';
import { macKeyring } from '@/lib/records/mac-key';
import type { AttachmentStore } from '@/lib/storage/attachment-store';
import { loadCaseChain } from './case-chain';

const t = messages.evidence.chain;

export type CaseFileProblem = ChainProblem | 'FILE_ALTERED' | 'FILE_MISSING';

export type CaseFileVerification =
  { ok: true; caseId: string; records: number; files: number; head: string } | { ok: false; caseId: string; problem: CaseFileProblem; recordId: string | null; message: string };

async function hashStoredFile(store: AttachmentStore, key: string): Promise<string | null> {
  let stream;
  try {
    stream = await store.get(key);
  } catch {
    return null;
  }
  const hash = createHash('sha256');
  try {
    for await (const chunk of stream) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/**
 * Checks one case file: the hash chain of its steps and evidence records (against the head recorded
 * on the case, so removed records at the end are found too) and each record's seal (an HMAC with a
 * key the database does not hold, so rows forged or rewritten in the database are found), then every evidence file in the store
 * re-hashed and compared with its record's SHA-256. Reports the first problem, in Chinese.
 * Read-only; the files are hashed outside any transaction.
 */
export async function verifyCaseFile(db: Db, caseId: string, options: { store: AttachmentStore; checkFiles?: boolean; keys?: MacKeyring }): Promise<CaseFileVerification> {
  const chain = await db.$transaction((tx) => loadCaseChain(tx, caseId), { isolationLevel: 'RepeatableRead' });
  const verdict = verifyChain(chain.links, { expectedHead: chain.head, keys: options.keys ?? macKeyring() });
  if (!verdict.ok) return { ok: false, caseId, problem: verdict.problem, recordId: verdict.recordId, message: verdict.message };
  let files = 0;
  if (options.checkFiles ?? true) {
    for (const link of chain.links) {
      const record = link.record;
      if (record.recordType !== 'EVIDENCE') continue;
      const actual = await hashStoredFile(options.store, record.storageKey);
      if (actual === null) return { ok: false, caseId, problem: 'FILE_MISSING', recordId: record.id, message: t.fileMissing(record.fileName) };
      if (actual !== record.sha256) return { ok: false, caseId, problem: 'FILE_ALTERED', recordId: record.id, message: t.fileAltered(record.fileName) };
      files += 1;
    }
  }
  return { ok: true, caseId, records: verdict.length, files, head: verdict.head };
}
