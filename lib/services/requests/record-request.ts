import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { Readable } from 'node:stream';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { answerBlockers, pastDateBlockers } from '@/lib/domain/dashboard/register-rules';
import { answerLetterBlocks, type AnswerLetterInput } from '@/lib/domain/requests/answer-letter';
import { AppError } from '@/lib/errors';
import { reportToDocx } from '@/lib/export/docx';
import { messages } from '@/lib/i18n/messages';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { ACTION_FILE_MAX_BYTES } from '@/lib/schemas/upload';
import type { AttachmentStore, StoredFile } from '@/lib/storage/attachment-store';
import { cleanFileName } from '@/lib/storage/file-name';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { refuseIfBlocked } from '@/lib/rule-error';
import { answerRequestSchema, recordRequestSchema, type AnswerRequestInput, type RecordRequestInput } from '@/lib/schemas/requests';
import { parseOrThrow } from '@/lib/validation';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

/** Registers a request for disclosure (依申请公开) as received. */
export async function recordInformationRequest(db: Db, actor: Actor, input: RecordRequestInput, now: Date = new Date()) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(recordRequestSchema, input);
  refuseIfBlocked(pastDateBlockers(data.receivedOn, toShanghaiDate(now), '收到日期'));
  return db.$transaction(async (tx) => {
    const row = await tx.informationRequest.create({ data: { ...data, receivedOn: toDateColumn(data.receivedOn), createdAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: 'request.record', entityType: 'InformationRequest', entityId: row.id, after: { ...data } });
    return row;
  });
}

export type DeliveredFile = { fileName: string; declaredType: string; stream: Readable | ReadableStream<Uint8Array> };

/**
 * Records the answer to a request (once): outcome, reason (type), date; generates the answer letter
 * (docx) and keeps it with the file provided, if any, for the applicant to download at /track.
 * Files are stored first; the row, the file records and the audit event are then written in one
 * transaction, and if that fails the stored files are deleted again.
 */
export async function answerInformationRequest(
  db: Db,
  actor: Actor,
  input: AnswerRequestInput,
  options: { store?: AttachmentStore; file?: DeliveredFile | undefined } = {},
  now: Date = new Date(),
) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(answerRequestSchema, input);
  const withholdingReason = data.outcome === 'NOT_DISCLOSED' || data.outcome === 'DISCLOSED_IN_PART' ? data.withholdingReason || null : null;
  const check = async (tx: Db | Tx) => {
    const request = await tx.informationRequest.findUnique({
      where: { id: data.requestId },
      select: { receivedOn: true, outcome: true, applicantName: true, subject: true, channel: true },
    });
    if (!request) throw new AppError({ code: 'NOT_FOUND', userMessage: '该申请不存在' });
    refuseIfBlocked(
      answerBlockers({
        receivedOn: isoOfDateColumn(request.receivedOn),
        answeredOn: data.answeredOn,
        today: toShanghaiDate(now),
        alreadyAnswered: request.outcome !== 'PENDING',
      }),
    );
    return request;
  };
  const request = await check(db);
  const store = options.store ?? getAttachmentStore();
  const stored: { kind: 'ANSWER_LETTER' | 'DELIVERED'; fileName: string; file: StoredFile }[] = [];
  try {
    if (options.file) {
      const fileName = cleanFileName(options.file.fileName);
      const file = await store.put(options.file.stream, { fileName, declaredType: options.file.declaredType, maxBytes: ACTION_FILE_MAX_BYTES });
      stored.push({ kind: 'DELIVERED', fileName, file });
    }
    // The letter is delivered through /track, so it is generated for requests made online; a
    // request registered from a letter or a visit is answered on paper as before.
    if (request.channel === 'ONLINE')
      stored.push(
        await storeLetter(
          db,
          store,
          request,
          data,
          withholdingReason,
          stored.map((s) => s.fileName),
        ),
      );
    await db.$transaction(async (tx) => {
      await check(tx);
      const updated = await tx.informationRequest.updateMany({
        where: { id: data.requestId, outcome: 'PENDING' },
        data: { outcome: data.outcome, outcomeReason: data.outcomeReason || null, withholdingReason, answeredOn: toDateColumn(data.answeredOn) },
      });
      if (updated.count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: '该申请已经答复，不能重复登记答复' });
      for (const s of stored) {
        await tx.informationRequestFile.create({
          data: {
            requestId: data.requestId,
            kind: s.kind,
            fileName: s.fileName,
            storageKey: s.file.key,
            mimeType: s.file.mimeType,
            size: s.file.size,
            sha256: s.file.sha256,
            createdAt: now,
          },
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'request.answer',
        entityType: 'InformationRequest',
        entityId: data.requestId,
        after: { ...data, withholdingReason, files: stored.map((s) => ({ kind: s.kind, fileName: s.fileName, sha256: s.file.sha256 })) },
      });
    });
  } catch (error) {
    await Promise.all(stored.map((s) => store.delete(s.file.key).catch(() => undefined)));
    throw error;
  }
}

async function storeLetter(
  db: Db,
  store: AttachmentStore,
  request: { applicantName: string | null; receivedOn: Date; subject: string },
  data: { outcome: AnswerLetterInput['outcome']; outcomeReason: string; answeredOn: string },
  withholdingReason: AnswerLetterInput['withholdingReason'],
  fileNames: string[],
) {
  const bureau = await readSetting(db, 'bureau.name');
  const blocks = answerLetterBlocks({
    bureau,
    applicantName: request.applicantName,
    receivedOn: isoOfDateColumn(request.receivedOn),
    subject: request.subject,
    outcome: data.outcome,
    outcomeReason: data.outcomeReason,
    withholdingReason,
    answeredOn: data.answeredOn,
    fileNames,
  });
  const letter = await reportToDocx(blocks, { title: messages.publicRequests.letter.title, author: bureau });
  const fileName = `${messages.publicRequests.letter.title}.docx`;
  const file = await store.put(Readable.from(letter), { fileName, declaredType: '', maxBytes: ACTION_FILE_MAX_BYTES });
  return { kind: 'ANSWER_LETTER' as const, fileName, file };
}
