import 'server-only';
import { cleanFileName } from '@/lib/storage/file-name';
import type { Readable } from 'node:stream';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import type { EvidenceKind } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { readSetting } from '@/lib/queries/settings/read-setting';
import type { AttachmentStore, StoredKind } from '@/lib/storage/attachment-store';
import { appendEvidence } from './case-chain';

const t = messages.evidence;

/** Which file types (by content) each evidence kind accepts. */
export const EVIDENCE_FILE_KINDS: Record<EvidenceKind, readonly StoredKind[]> = {
  VIDEO: ['mp4', 'mov'],
  AUDIO: ['mp3', 'wav', 'm4a'],
  PHOTO: ['jpeg', 'png'],
  DOCUMENT: ['pdf', 'docx', 'xlsx'],
};

export type UploadEvidenceInput = {
  caseId: string;
  kind: EvidenceKind;
  officerId: string;
  deviceId?: string | undefined;
  capturedAt: Date;
  fileName: string;
  declaredType: string;
  stream: Readable | ReadableStream<Uint8Array>;
};

export type UploadEvidenceResult = {
  id: string;
  sha256: string;
  size: number;
  fileName: string;
  /** Set when the device is not on loan to the capturing officer (recorded anyway). */
  warning: string | null;
};

function fail(code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION', userMessage: string, field?: string): never {
  throw new AppError({ code, userMessage, ...(field ? { fieldErrors: { [field]: [userMessage] } } : {}) });
}

export async function evidenceMaxBytes(db: Db | Tx): Promise<number> {
  const megabytes = await readSetting(db, 'evidence.maxMegabytes');
  return Math.max(1, megabytes) * 1024 * 1024;
}

/** The rules an upload must meet, read from `db` (checked before the file is stored and again in the transaction). */
async function checkCase(db: Db | Tx, actor: Actor, input: Pick<UploadEvidenceInput, 'caseId' | 'officerId' | 'deviceId'>) {
  const kase = await db.enforcementCase.findUnique({
    where: { id: input.caseId },
    select: { id: true, state: true, closedOn: true, officers: { select: { officerId: true, officer: { select: { userId: true } } } } },
  });
  if (!kase) fail('NOT_FOUND', t.errors.caseNotFound);
  if (!kase.officers.some((o) => o.officer.userId === actor.id)) fail('FORBIDDEN', t.errors.notOnCase);
  if (kase.state === 'CLOSED' || kase.closedOn !== null) fail('CONFLICT', t.errors.caseClosed);
  if (!kase.officers.some((o) => o.officerId === input.officerId)) fail('VALIDATION', t.errors.officerNotOnCase, 'officerId');
  let device: { id: string; code: string; active: boolean; loans: { officerId: string }[] } | null = null;
  if (input.deviceId) {
    device = await db.recordingDevice.findUnique({
      where: { id: input.deviceId },
      select: { id: true, code: true, active: true, loans: { where: { returnedAt: null }, select: { officerId: true } } },
    });
    if (!device) fail('VALIDATION', t.errors.deviceNotFound, 'deviceId');
  }
  return { kase, device };
}

/**
 * Adds one evidence file to a case: the body is streamed to the store (SHA-256 computed at ingest,
 * size limited by 'evidence.maxMegabytes', type checked by content against the evidence kind), then
 * one transaction appends the evidence record to the case file's hash chain (at the case's current
 * step) with its audit row. If anything after storing fails, the stored file is deleted.
 */
export async function uploadEvidence(
  db: Db,
  actor: Actor,
  input: UploadEvidenceInput,
  options: { store: AttachmentStore; maxBytes?: number },
  now: Date = new Date(),
): Promise<UploadEvidenceResult> {
  assertCan(actor, 'case.work');
  const fileName = cleanFileName(input.fileName);
  if (fileName === '') fail('VALIDATION', t.upload.missing, 'file');
  if (input.capturedAt.getTime() > now.getTime() + 5 * 60 * 1000) fail('VALIDATION', t.errors.capturedInFuture, 'capturedAt');
  await checkCase(db, actor, input);
  const maxBytes = options.maxBytes ?? (await evidenceMaxBytes(db));
  const kindLabel = t.kinds[input.kind];
  const stored = await options.store.put(input.stream, {
    fileName,
    declaredType: input.declaredType,
    maxBytes,
    allow: EVIDENCE_FILE_KINDS[input.kind],
    refusals: {
      unsupported: t.errors.unsupported,
      notAllowed: (actual) => t.errors.kindMismatch(kindLabel, actual),
      tooLarge: t.errors.tooLarge,
    },
  });
  try {
    return await db.$transaction(async (tx) => {
      const { device } = await checkCase(tx, actor, input);
      const step = await tx.caseStep.findFirst({ where: { caseId: input.caseId }, orderBy: { seq: 'desc' }, select: { id: true } });
      if (!step) fail('CONFLICT', t.errors.noStep);
      const item = await appendEvidence(tx, {
        caseId: input.caseId,
        stepId: step.id,
        kind: input.kind,
        storageKey: stored.key,
        fileName,
        mimeType: stored.mimeType,
        size: stored.size,
        sha256: stored.sha256,
        deviceId: device?.id ?? null,
        officerId: input.officerId,
        capturedAt: input.capturedAt,
        uploadedById: actor.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'evidence.upload',
        entityType: 'EvidenceItem',
        entityId: item.id,
        after: {
          caseId: input.caseId,
          stepId: step.id,
          kind: input.kind,
          fileName,
          mimeType: stored.mimeType,
          size: stored.size,
          sha256: stored.sha256,
          deviceId: device?.id ?? null,
          officerId: input.officerId,
          capturedAt: input.capturedAt.toISOString(),
          chainSeq: item.chainSeq,
          hash: item.hash,
        },
      });
      const onLoanToOfficer = device ? device.loans.some((loan) => loan.officerId === input.officerId) : true;
      return {
        id: item.id,
        sha256: stored.sha256,
        size: stored.size,
        fileName,
        warning: device && !onLoanToOfficer ? t.upload.deviceWarning(device.code) : null,
      };
    });
  } catch (error) {
    await options.store.delete(stored.key);
    throw error;
  }
}
