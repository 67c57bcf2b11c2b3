import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db';
import { chainHash, type ChainLink, type EvidenceRecord, type StepRecord } from '@/lib/domain/enforcement';
import type { EvidenceKind } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';

// The case file's hash chain: case steps and evidence items of one case form a single chain,
// ordered by chainSeq. Appending locks the case row (SELECT … FOR UPDATE), so two concurrent
// appends to one case cannot fork the chain; EnforcementCase.chainHead/chainLength record the head,
// which lets the verifier notice removed records at the end. CaseStep and EvidenceItem are
// append-only for the portal's database role (migration 20261128002810).

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
  };
  const hash = chainHash(locked.chainHead, record);
  const step = await tx.caseStep.create({
    data: {
      id: record.id,
      caseId: record.caseId,
      seq,
      key: record.key,
      actorId: record.actorId,
      occurredAt: input.occurredAt,
      note: record.note,
      documents: record.documents as object,
      recordingWaiverReason: input.recordingWaiverReason ?? null,
      chainSeq: locked.chainLength + 1,
      prevHash: locked.chainHead,
      hash,
    },
  });
  await tx.enforcementCase.update({ where: { id: input.caseId }, data: { chainHead: hash, chainLength: locked.chainLength + 1 } });
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
  };
  const hash = chainHash(locked.chainHead, record);
  const item = await tx.evidenceItem.create({
    data: {
      id: record.id,
      caseId: record.caseId,
      stepId: record.stepId,
      kind: input.kind,
      storageKey: record.storageKey,
      fileName: record.fileName,
      mimeType: record.mimeType,
      size: BigInt(input.size),
      sha256: record.sha256,
      deviceId: record.deviceId,
      officerId: record.officerId,
      capturedAt: input.capturedAt,
      uploadedById: input.uploadedById,
      chainSeq: locked.chainLength + 1,
      prevHash: locked.chainHead,
      hash,
    },
  });
  await tx.enforcementCase.update({ where: { id: input.caseId }, data: { chainHead: hash, chainLength: locked.chainLength + 1 } });
  return item;
}

/** The case's chain as stored, in chainSeq order, with the recorded head. */
export async function loadCaseChain(tx: Tx, caseId: string): Promise<{ links: ChainLink[]; head: string; length: number }> {
  const kase = await tx.enforcementCase.findUnique({ where: { id: caseId }, select: { chainHead: true, chainLength: true } });
  if (!kase) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
  const [steps, evidence] = await Promise.all([
    tx.caseStep.findMany({ where: { caseId } }),
    tx.evidenceItem.findMany({ where: { caseId } }),
  ]);
  const links: (ChainLink & { chainSeq: number })[] = [
    ...steps.map((s) => ({
      chainSeq: s.chainSeq,
      prevHash: s.prevHash,
      hash: s.hash,
      record: {
        recordType: 'STEP' as const,
        id: s.id,
        caseId: s.caseId,
        seq: s.seq,
        key: s.key,
        actorId: s.actorId,
        occurredAt: s.occurredAt,
        note: s.note,
        documents: s.documents,
      },
    })),
    ...evidence.map((e) => ({
      chainSeq: e.chainSeq,
      prevHash: e.prevHash,
      hash: e.hash,
      record: {
        recordType: 'EVIDENCE' as const,
        id: e.id,
        caseId: e.caseId,
        stepId: e.stepId,
        kind: e.kind,
        storageKey: e.storageKey,
        fileName: e.fileName,
        mimeType: e.mimeType,
        size: e.size,
        sha256: e.sha256,
        deviceId: e.deviceId,
        officerId: e.officerId,
        capturedAt: e.capturedAt,
      },
    })),
  ];
  links.sort((a, b) => a.chainSeq - b.chainSeq);
  return { links: links.map(({ chainSeq: _seq, ...link }) => link), head: kase.chainHead, length: kase.chainLength };
}
