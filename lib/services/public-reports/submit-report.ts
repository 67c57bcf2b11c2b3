import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import type { SubmitReportInput } from '@/lib/schemas/public-reports';
import { REPORT_FILE_MAX_BYTES } from '@/lib/schemas/public-reports';
import { uploadOf } from '@/lib/schemas/upload';
import type { AttachmentStore, StoredFile } from '@/lib/storage/attachment-store';
import { cleanFileName } from '@/lib/storage/file-name';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { newTrackingCode } from '@/lib/services/public-submissions/tracking-code';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * A report (举报) or complaint (投诉) from the public, possibly anonymous. Evidence files are
 * stored first — typed by content (PDF, Word, Excel, PNG, JPEG only: executables and anything else
 * are refused), 5 MB each — then the report, its file records and the audit row (actor: none) are
 * written in one transaction; stored files are deleted if anything fails. Returns the tracking code.
 */
export async function submitPublicReport(db: Db, input: SubmitReportInput, options: { store?: AttachmentStore } = {}, now: Date = new Date()) {
  const store = options.store ?? getAttachmentStore();
  const stored: { fileName: string; file: StoredFile }[] = [];
  try {
    for (const file of input.evidence) {
      const fileName = cleanFileName(file.name);
      const upload = uploadOf(file);
      stored.push({ fileName, file: await store.put(upload.stream, { fileName, declaredType: upload.declaredType, maxBytes: REPORT_FILE_MAX_BYTES }) });
    }
    const { code, hash } = newTrackingCode();
    const receivedOn = toShanghaiDate(now);
    const complaint = input.kind === 'COMPLAINT';
    await db.$transaction(async (tx) => {
      const report = await tx.publicReport.create({
        data: {
          kind: input.kind,
          trackingCodeHash: hash,
          receivedOn: toDateColumn(receivedOn),
          anonymous: input.anonymous,
          reporterName: input.anonymous ? null : input.reporterName || null,
          reporterContact: input.anonymous ? null : input.reporterContact || null,
          organisationName: complaint ? null : input.organisationName || null,
          place: complaint ? null : input.place || null,
          officerName: complaint ? input.officerName || null : null,
          caseReference: complaint ? input.caseReference || null : null,
          description: input.description,
          createdAt: now,
          files: {
            create: stored.map((s) => ({ fileName: s.fileName, storageKey: s.file.key, mimeType: s.file.mimeType, size: s.file.size, sha256: s.file.sha256, createdAt: now })),
          },
        },
      });
      await recordAudit(tx, {
        actorId: null,
        action: 'publicReport.submit',
        entityType: 'PublicReport',
        entityId: report.id,
        after: { kind: input.kind, anonymous: input.anonymous, receivedOn, files: stored.map((s) => ({ fileName: s.fileName, sha256: s.file.sha256 })) },
      });
    });
    return { code };
  } catch (error) {
    await Promise.all(stored.map((s) => store.delete(s.file.key).catch(() => undefined)));
    throw error;
  }
}
