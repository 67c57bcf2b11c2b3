import 'server-only';
import type { Db } from '@/lib/db';
import { CASE_TYPE_NAMES, caseTemplate, findStep } from '@/lib/domain/enforcement';
import type { RenderedDocument } from '@/lib/domain/enforcement-documents/render';
import { DOCUMENT_TYPE_SPECS, type DocumentType } from '@/lib/domain/enforcement-documents/types';
import { messages } from '@/lib/i18n/messages';
import { listCaseEvidence, type EvidenceRow } from '@/lib/queries/evidence/case-evidence';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { storedRendering } from './documents';

// Everything the case file (卷宗) export prints: the cover's particulars, each generated document
// as it was generated (its stored content, number and PDF hash), the evidence list, the step
// history. For staff who may see the case's evidence (checked by the caller).

export type CaseFileDocument = { number: string; label: string; issuedOn: string; pdfSha256: string; verificationCode: string; rendering: RenderedDocument | null };
export type CaseFileStep = { seq: number; label: string; actor: string; occurredAt: Date; note: string; hash: string };
export type CaseFileData = {
  caseNumber: string;
  title: string;
  typeLabel: string;
  organ: string;
  filedOn: string;
  closedOn: string | null;
  outcome: string | null;
  partyNames: string[];
  officerNames: string[];
  documents: CaseFileDocument[];
  evidence: EvidenceRow[];
  steps: CaseFileStep[];
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export async function loadCaseFile(db: Db, caseId: string): Promise<CaseFileData | null> {
  const row = await db.enforcementCase.findUnique({
    where: { id: caseId },
    include: {
      parties: { orderBy: { id: 'asc' }, select: { name: true } },
      officers: { include: { officer: { select: { name: true } } }, orderBy: { assignedAt: 'asc' } },
      steps: { orderBy: { seq: 'asc' } },
      documents: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return null;
  const [organ, evidence] = await Promise.all([readSetting(db, 'bureau.name'), listCaseEvidence(db, caseId)]);
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: [...new Set(row.steps.map((s) => s.actorId))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  const template = caseTemplate({ type: row.type, procedure: row.procedure });
  const timelineLabels = messages.enforcement.timeline as Record<string, unknown>;
  return {
    caseNumber: row.caseNumber,
    title: row.title,
    typeLabel: CASE_TYPE_NAMES[row.type],
    organ,
    filedOn: iso(row.filedOn)!,
    closedOn: iso(row.closedOn),
    outcome: row.outcome,
    partyNames: row.parties.map((p) => p.name),
    officerNames: [...new Set(row.officers.map((o) => o.officer.name))],
    documents: row.documents.map((d) => ({
      number: d.number,
      label: DOCUMENT_TYPE_SPECS[d.type as DocumentType]?.label ?? '执法文书',
      issuedOn: iso(d.issuedOn)!,
      pdfSha256: d.pdfSha256,
      verificationCode: d.verificationCode,
      rendering: storedRendering(d.content),
    })),
    evidence,
    steps: row.steps.map((s) => ({
      seq: s.seq,
      label: findStep(template, s.key)?.label ?? (typeof timelineLabels[s.key] === 'string' ? (timelineLabels[s.key] as string) : '记录'),
      actor: actors.get(s.actorId) ?? '',
      occurredAt: s.occurredAt,
      note: s.note,
      hash: s.hash,
    })),
  };
}

/** The case's chain head and length as stored (the certificate's figures when verification fails). */
export async function loadCaseChainHead(db: Db, caseId: string) {
  return db.enforcementCase.findUnique({ where: { id: caseId }, select: { chainHead: true, chainLength: true } });
}

/** For the evidence zip: the case number and each evidence item's storage key and chain position. */
export async function loadEvidenceZipRows(db: Db, caseId: string) {
  const kase = await db.enforcementCase.findUnique({ where: { id: caseId }, select: { caseNumber: true } });
  if (!kase) return null;
  const rows = await db.evidenceItem.findMany({ where: { caseId }, select: { id: true, storageKey: true, chainSeq: true } });
  return { caseNumber: kase.caseNumber, byId: new Map(rows.map((r) => [r.id, r])) };
}
