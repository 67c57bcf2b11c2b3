import 'server-only';
import { randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { renderDocument, documentBlockers } from '@/lib/domain/enforcement-documents/render';
import { DOCUMENT_TYPE_SPECS, formatDocumentNumber, type DocumentType } from '@/lib/domain/enforcement-documents/types';
import { AppError } from '@/lib/errors';
import { documentToDocx, documentToPdf } from '@/lib/export/enforcement-document';
import { messages } from '@/lib/i18n/messages';
import { currentTemplate, loadDocumentCaseFacts, loadDocumentContent, todayIso } from '@/lib/queries/enforcement/documents';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { AttachmentStore, StoredFile } from '@/lib/storage/attachment-store';
import { appendEvidence, lockCase } from './case-chain';

// Generates one enforcement document (ADR 0027). One transaction: lock the case, check the
// document rules on facts read now, take the next number from the counter row of the number's
// prefix and year (so numbers are unique and gap-free: a failed generation rolls its number
// back), fill the current template version with the case's data for ONE party, write the PDF
// and the docx, store both and append them to the case file's hash chain (sealed evidence items
// of kind DOCUMENT), and keep the rendered content with the document. Stored files of a failed
// generation are deleted.

const VERIFY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short code a person can type (10 characters, no 0/O/1/I). */
export function newVerificationCode(): string {
  return Array.from({ length: 10 }, () => VERIFY_ALPHABET[randomInt(VERIFY_ALPHABET.length)]).join('');
}

export type GenerateDocumentInput = { caseId: string; type: DocumentType; partyId: string };
export type GenerateDocumentOptions = { store: AttachmentStore; siteBase: string };

async function nextSerial(tx: Tx, prefix: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DocumentCounter" ("prefix", "year", "last") VALUES (${prefix}, ${year}, 1)
    ON CONFLICT ("prefix", "year") DO UPDATE SET "last" = "DocumentCounter"."last" + 1
    RETURNING "last"`;
  return rows[0]!.last;
}

function refuse(code: 'NOT_FOUND' | 'FORBIDDEN' | 'VALIDATION', userMessage: string): never {
  throw new AppError({ code, userMessage });
}

export async function generateDocument(db: Db, actor: Actor, input: GenerateDocumentInput, options: GenerateDocumentOptions, now: Date = new Date()) {
  assertCan(actor, 'case.work');
  const stored: StoredFile[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        await lockCase(tx, input.caseId);
        const officers = await tx.caseOfficer.findMany({ where: { caseId: input.caseId }, select: { officerId: true, officer: { select: { userId: true } } } });
        const mine = officers.find((o) => o.officer.userId === actor.id);
        if (!mine) refuse('FORBIDDEN', messages.evidence.errors.notOnCase);
        const party = await tx.caseParty.findFirst({ where: { id: input.partyId, caseId: input.caseId }, select: { id: true } });
        if (!party) refuse('VALIDATION', '请选择本案的当事人');
        const loaded = await loadDocumentCaseFacts(tx, input.caseId, input.partyId);
        if (!loaded) refuse('NOT_FOUND', messages.errors.notFound);
        refuseIfBlocked(documentBlockers(input.type, loaded.facts));

        const issuedOn = todayIso(now);
        const year = Number(issuedOn.slice(0, 4));
        const template = await currentTemplate(tx, input.type);
        const content = await loadDocumentContent(tx, input.caseId, input.partyId, issuedOn);
        if (!content) refuse('NOT_FOUND', messages.errors.notFound);
        const organ = template.content.organName.trim() || content.organ;
        const prefix = `${template.content.organAbbrev}${template.content.numberCode}`;
        const serial = await nextSerial(tx, prefix, year);
        const number = formatDocumentNumber(prefix, year, serial);
        const verificationCode = newVerificationCode();
        const rendered = renderDocument(input.type, template.content, { ...content, organ }, { number, issuedOn, verificationCode });
        const verifyUrl = `${options.siteBase}/verify?code=${verificationCode}`;
        const [pdf, docx] = await Promise.all([documentToPdf(rendered, { verifyUrl }), documentToDocx(rendered, { verifyUrl })]);

        const label = DOCUMENT_TYPE_SPECS[input.type].label;
        const put = async (buffer: Buffer, ext: 'pdf' | 'docx', declaredType: string) => {
          const file = await options.store.put(Readable.from(buffer), { fileName: `${number}${label}.${ext}`, declaredType, maxBytes: 50 * 1024 * 1024, allow: [ext] });
          stored.push(file);
          return file;
        };
        const pdfFile = await put(pdf, 'pdf', 'application/pdf');
        const docxFile = await put(docx, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        const step = await tx.caseStep.findFirst({ where: { caseId: input.caseId }, orderBy: { seq: 'desc' }, select: { id: true } });
        const evidence = (file: StoredFile, ext: string) =>
          appendEvidence(tx, {
            caseId: input.caseId,
            stepId: step?.id ?? null,
            kind: 'DOCUMENT',
            storageKey: file.key,
            fileName: `${number}${label}.${ext}`,
            mimeType: file.mimeType,
            size: file.size,
            sha256: file.sha256,
            deviceId: null,
            officerId: mine?.officerId ?? null,
            capturedAt: now,
            uploadedById: actor.id,
          });
        const pdfItem = await evidence(pdfFile, 'pdf');
        const docxItem = await evidence(docxFile, 'docx');
        const document = await tx.caseDocument.create({
          data: {
            caseId: input.caseId,
            type: input.type,
            partyId: input.partyId,
            number,
            prefix,
            year,
            serial,
            templateVersion: template.version,
            organ,
            issuedOn: new Date(`${issuedOn}T00:00:00.000Z`),
            verificationCode,
            content: rendered as object,
            pdfEvidenceId: pdfItem.id,
            docxEvidenceId: docxItem.id,
            pdfSha256: pdfFile.sha256,
            docxSha256: docxFile.sha256,
            createdById: actor.id,
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'case.document',
          entityType: 'CaseDocument',
          entityId: document.id,
          after: {
            caseId: input.caseId,
            type: input.type,
            number,
            templateVersion: template.version,
            pdfSha256: pdfFile.sha256,
            docxSha256: docxFile.sha256,
            chainHead: docxItem.hash,
          },
        });
        return { id: document.id, number, verificationCode, pdfEvidenceId: pdfItem.id, docxEvidenceId: docxItem.id, pdfSha256: pdfFile.sha256 };
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    await Promise.all(stored.map((file) => options.store.delete(file.key).catch(() => undefined)));
    throw error;
  }
}
