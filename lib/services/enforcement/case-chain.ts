import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db';
import { chainHash, sealContent, type ChainLink, type ChainRecord, type EvidenceRecord, type StepRecord } from '@/lib/domain/enforcement';
import { CURRENT_HASH_VERSION } from '@/lib/domain/records/columns';
import { sealRecord } from '@/lib/domain/records/seal';
import { currentMacKey } from '@/lib/records/mac-key';
import type { EvidenceKind } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';

// The case file's hash chain: case steps and evidence items of one case form a single chain,
// ordered by chainSeq. Appending locks the case row (SELECT … FOR UPDATE), so two concurrent
// appends to one case cannot fork the chain; EnforcementCase.chainHead/chainLength record the head,
// which lets the verifier notice removed records at the end. CaseStep and EvidenceItem are
// append-only for the portal's database role (migration 20261128002810). Every row is hashed over
// all its columns and sealed with an HMAC whose key the database does not hold (migration
// 20261205030000, docs/decisions/0017-record-authorship-mac.md).

/** The hash and the seal of a new row that links to `prevHash`. */
function linkAndSeal(prevHash: string, record: ChainRecord) {
  const key = currentMacKey();
  const hash = chainHash(prevHash, record);
  const table = record.recordType === 'STEP' ? 'CaseStep' : 'EvidenceItem';
  return { prevHash, hash, ...sealRecord(key, table, sealContent(record, { prevHash, hash })) };
}

type LockedCase = { id: string; state: string; chainHead: string; chainLength: number };

/** Locks the case row for the rest of the transaction; throws NOT_FOUND when there is no such case. */
export async function lockCase(tx: Tx, caseId: string): Promise<LockedCase> {
  const rows = await tx.$queryRaw<LockedCase[]>`
    SELECT "id", "state", "chainHead", "chainLength" FROM "EnforcementCase" WHERE "id" = ${caseId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
  return row;
}

export type AppendStepInput = {
  caseId: string;
  key: string;
  actorId: string;
  occurredAt: Date;
  note?: string;
  documents?: unknown[];
  recordingWaiverReason?: string | null;
};

/** Appends a step record to the case file (and the chain). The caller updates EnforcementCase.state. */
export async function appendStep(tx: Tx, input: AppendStepInput) {
  const locked = await lockCase(tx, input.caseId);
  const seq = (await tx.caseStep.count({ where: { caseId: input.caseId } })) + 1;
  const record: StepRecord = {
    recordType: 'STEP',
    id: randomUUID(),
    caseId: input.caseId,
    seq,
    key: input.key,
    actorId: input.actorId,
    occurredAt: input.occurredAt,
    note: input.note ?? '',
    documents: input.documents ?? [],
    recordingWaiverReason: input.recordingWaiverReason ?? null,
    chainSeq: locked.chainLength + 1,
    hashVersion: CURRENT_HASH_VERSION,
  };
  const link = linkAndSeal(locked.chainHead, record);
  const { recordType: _type, ...columns } = record;
  const step = await tx.caseStep.create({
    data: { ...columns, occurredAt: input.occurredAt, documents: record.documents as object, ...link },
  });
  await tx.enforcementCase.update({ where: { id: input.caseId }, data: { chainHead: link.hash, chainLength: record.chainSeq } });
  return step;
}

export type AppendEvidenceInput = {
  caseId: string;
  stepId: string | null;
  kind: EvidenceKind;
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: bigint | number;
  sha256: string;
  deviceId: string | null;
  officerId: string | null;
  capturedAt: Date;
  uploadedById: string;
};

/** Appends an evidence record (its file already stored and hashed) to the case file and the chain. */
export async function appendEvidence(tx: Tx, input: AppendEvidenceInput) {
  const locked = await lockCase(tx, input.caseId);
  const record: EvidenceRecord = {
    recordType: 'EVIDENCE',
    id: randomUUID(),
    caseId: input.caseId,
    stepId: input.stepId,
    kind: input.kind,
    storageKey: input.storageKey,
    fileName: input.fileName,
    mimeType: input.mimeType,
    size: BigInt(input.size),
    sha256: input.sha256,
    deviceId: input.deviceId,
    officerId: input.officerId,
    capturedAt: input.capturedAt,
    // Set here rather than by the database default, so the hash covers the stored value (ms precision).
    createdAt: new Date(),
    uploadedById: input.uploadedById,
    chainSeq: locked.chainLength + 1,
    hashVersion: CURRENT_HASH_VERSION,
  };
  const link = linkAndSeal(locked.chainHead, record);
  const { recordType: _type, ...columns } = record;
  const item = await tx.evidenceItem.create({
    data: { ...columns, kind: input.kind, size: BigInt(input.size), capturedAt: input.capturedAt, createdAt: record.createdAt as Date, ...link },
  });
  await tx.enforcementCase.update({ where: { id: input.caseId }, data: { chainHead: link.hash, chainLength: record.chainSeq } });
  return item;
}

/** The case's chain as stored, in chainSeq order, with the recorded head. */
export async function loadCaseChain(tx: Tx, caseId: string): Promise<{ links: ChainLink[]; head: string; length: number }> {
  const kase = await tx.enforcementCase.findUnique({ where: { id: caseId }, select: { chainHead: true, chainLength: true } });
  if (!kase) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
  const [steps, evidence] = await Promise.all([tx.caseStep.findMany({ where: { caseId } }), tx.evidenceItem.findMany({ where: { caseId } })]);
  const links: (ChainLink & { chainSeq: number })[] = [
    // The whole row is the record: hashedContent/sealContent pick the listed columns from it.
    ...steps.map(({ prevHash, hash, mac, macKeyId, ...row }) => ({
      chainSeq: row.chainSeq,
      prevHash,
      hash,
      seal: { mac, macKeyId },
      record: { recordType: 'STEP' as const, ...row },
    })),
    ...evidence.map(({ prevHash, hash, mac, macKeyId, ...row }) => ({
      chainSeq: row.chainSeq,
      prevHash,
      hash,
      seal: { mac, macKeyId },
      record: { recordType: 'EVIDENCE' as const, ...row },
    })),
  ];
  links.sort((a, b) => a.chainSeq - b.chainSeq);
  return { links: links.map(({ chainSeq: _seq, ...link }) => link), head: kase.chainHead, length: kase.chainLength };
}
