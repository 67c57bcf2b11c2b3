import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { CASE_TYPE_NAMES, EVIDENCE_KIND_NAMES, PARTY_KIND_NAMES, caseTemplate, describePenalty, findStep, type IntendedPenalty } from '@/lib/domain/enforcement';
import { scrubFacts, type DocumentFacts } from '@/lib/domain/enforcement-documents/fields';
import { documentBlockers, type DocumentCaseFacts, type RenderedDocument } from '@/lib/domain/enforcement-documents/render';
import { DEFAULT_TEMPLATES, parseTemplateContent, type TemplateVersion } from '@/lib/domain/enforcement-documents/templates';
import { DOCUMENT_TYPE_SPECS, documentTypesFor, type DocumentType } from '@/lib/domain/enforcement-documents/types';
import { readSetting } from '@/lib/queries/settings/read-setting';

// The one fact loader of the document rules (documentBlockers): the case page reads it to explain
// what a document still needs, the generating service reads it inside its transaction to refuse.
// Also the content of a document for ONE party (never another party's data), and the documents
// list and public verification DTOs.

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');
const penaltyOf = (value: unknown): IntendedPenalty | null =>
  value && typeof value === 'object' && Array.isArray((value as IntendedPenalty).kinds) ? (value as IntendedPenalty) : null;

async function loadCase(db: Db | Tx, caseId: string) {
  return db.enforcementCase.findUnique({
    where: { id: caseId },
    include: {
      parties: { orderBy: { id: 'asc' } },
      officers: { include: { officer: { select: { id: true, name: true, userId: true } } }, orderBy: { assignedAt: 'asc' } },
      steps: { orderBy: { seq: 'asc' } },
    },
  });
}

/** What the document rules read for `type` and `partyId`. Null when the case does not exist. */
export async function loadDocumentCaseFacts(db: Db | Tx, caseId: string, partyId: string | null): Promise<{ facts: DocumentCaseFacts; types: DocumentType[] } | null> {
  const row = await loadCase(db, caseId);
  if (!row) return null;
  const templateSteps = caseTemplate({ type: row.type, procedure: row.procedure }).steps.map((s) => s.key);
  const served = partyId
    ? await db.caseDocument.count({
        where: {
          caseId,
          partyId,
          type: {
            in: Object.entries(DOCUMENT_TYPE_SPECS)
              .filter(([t, s]) => s.served && t !== 'SERVICE_RECEIPT')
              .map(([t]) => t),
          },
        },
      })
    : 0;
  const facts: DocumentCaseFacts = {
    templateSteps,
    recordedSteps: row.steps.map((s) => s.key),
    partyCount: row.parties.length,
    hasIntendedPenalty: penaltyOf(row.intendedPenalty) !== null,
    hearingScheduled: row.hearingScheduledOn !== null,
    hearingHeld: row.hearingHeldOn !== null,
    decided: row.decidedOn !== null,
    noPenaltyReason: Boolean(row.noPenaltyReason),
    servedDocumentsForParty: served,
    outcome: Boolean(row.outcome),
  };
  return { facts, types: documentTypesFor(templateSteps) };
}

/** The newest template version of `type` (version 0 is the built-in one). */
export async function currentTemplate(db: Db | Tx, type: DocumentType): Promise<TemplateVersion> {
  const stored = await db.documentTemplate.findFirst({ where: { type }, orderBy: { version: 'desc' } });
  const content = stored ? parseTemplateContent(stored.content) : null;
  return stored && content ? { version: stored.version, content } : { version: 0, content: DEFAULT_TEMPLATES[type] };
}

/**
 * The facts a document for `partyId` is filled from. Only that party's personal data is read
 * into it; every other party's name, ID number, address and phone are removed from the free text.
 */
export async function loadDocumentContent(db: Db | Tx, caseId: string, partyId: string, issuedOn: string): Promise<DocumentFacts | null> {
  const row = await loadCase(db, caseId);
  if (!row) return null;
  const party = row.parties.find((p) => p.id === partyId);
  if (!party) return null;
  const others = row.parties.filter((p) => p.id !== partyId);
  const template = caseTemplate({ type: row.type, procedure: row.procedure });
  const [organ, hearingDays, documents, evidence, hostOfficer, decidedBy] = await Promise.all([
    readSetting(db, 'bureau.name'),
    readSetting(db, 'hearing.requestWorkingDays'),
    db.caseDocument.findMany({ where: { caseId, partyId }, orderBy: { createdAt: 'asc' }, select: { type: true, number: true, pdfEvidenceId: true, docxEvidenceId: true } }),
    db.evidenceItem.findMany({ where: { caseId }, orderBy: { chainSeq: 'asc' }, select: { id: true, kind: true, fileName: true } }),
    row.hearingHostOfficerId ? db.officer.findUnique({ where: { id: row.hearingHostOfficerId }, select: { name: true } }) : null,
    row.decidedById ? db.user.findUnique({ where: { id: row.decidedById }, select: { name: true } }) : null,
  ]);
  const generatedFiles = new Set(
    (await db.caseDocument.findMany({ where: { caseId }, select: { pdfEvidenceId: true, docxEvidenceId: true } })).flatMap((d) => [d.pdfEvidenceId, d.docxEvidenceId]),
  );
  const notesOf = (keys: readonly string[]) =>
    row.steps
      .filter((s) => keys.includes(s.key) && s.note.trim() !== '')
      .map((s) => s.note.trim())
      .join('\n');
  const intended = penaltyOf(row.intendedPenalty);
  const decided = penaltyOf(row.decidedPenalty);
  const investigators = row.officers.filter((o) => o.role === 'INVESTIGATOR').map((o) => o.officer.name);
  const facts: DocumentFacts = {
    organ,
    caseNumber: row.caseNumber,
    caseTitle: row.title,
    caseTypeLabel: CASE_TYPE_NAMES[row.type],
    filedOn: iso(row.filedOn),
    facts: row.facts,
    legalBasis: row.legalBasis,
    officers: [...new Set(investigators)].join('、'),
    party: {
      kindLabel: PARTY_KIND_NAMES[party.kind],
      name: party.name,
      idNumber: party.idNumber ?? '',
      address: party.address ?? '',
      phone: party.phone ?? '',
      legalRepresentative: party.legalRepresentative ?? '',
    },
    evidence: evidence
      .filter((e) => !generatedFiles.has(e.id))
      .map((e, i) => `${i + 1}. ${e.fileName}（${EVIDENCE_KIND_NAMES[e.kind]}）`)
      .join('；'),
    investigation: notesOf(['INVESTIGATION', 'ON_SPOT_IDENTIFICATION', 'STATEMENT_OR_HEARING']),
    inspection: notesOf(['INVESTIGATION', 'ON_SITE_INSPECTION', 'INSPECTION_RECORD', 'IMPLEMENTATION']),
    intendedPenalty: intended ? [describePenalty(intended), intended.details ?? ''].filter(Boolean).join('，') : '',
    discretion: row.discretionReason ? `裁量理由：${row.discretionReason}` : '',
    rightsNoticeServedOn: iso(row.rightsNoticeServedOn),
    statementDays: '三个工作日',
    hearingRequestDays: `${hearingDays}个工作日`,
    hearingRight: row.rightsNoticeHearingStated
      ? `根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。如要求听证，应当在收到本告知书之日起${hearingDays}个工作日内向本机关提出；逾期未提出的，视为放弃听证权利。`
      : '',
    hearingScheduledOn: iso(row.hearingScheduledOn),
    hearingHost: hostOfficer?.name ?? '',
    hearingHeldOn: iso(row.hearingHeldOn),
    hearingRecord: notesOf(['STATEMENT_OR_HEARING']),
    decidedOn: iso(row.decidedOn),
    decidedPenalty: decided ? [describePenalty(decided), decided.details ?? '', row.decisionConclusion ?? ''].filter(Boolean).join('，') : (row.decisionConclusion ?? ''),
    decisionNumber: row.decisionNumber ?? '',
    noPenaltyReason: row.noPenaltyReason ?? '',
    servedDocuments: documents
      .filter((d) => d.type !== 'SERVICE_RECEIPT')
      .map((d) => `${DOCUMENT_TYPE_SPECS[d.type as DocumentType]?.label ?? '文书'}（${d.number}）`)
      .join('；'),
    servedOn: iso(row.servedOn) || issuedOn,
    outcome: row.outcome ?? '',
    closedOn: iso(row.closedOn),
    stepHistory: row.steps.map((s) => `${iso(s.occurredAt)} ${findStep(template, s.key)?.label ?? '记录'}`).join('；') + (decidedBy ? `。决定人：${decidedBy.name}` : ''),
    issuedOn,
  };
  return scrubFacts(facts, others);
}

export type CaseDocumentView = {
  id: string;
  type: DocumentType;
  label: string;
  number: string;
  partyName: string;
  issuedOn: string;
  verificationCode: string;
  pdfEvidenceId: string;
  docxEvidenceId: string;
  pdfSha256: string;
  templateVersion: number;
};

export async function listCaseDocuments(db: Db | Tx, caseId: string): Promise<CaseDocumentView[]> {
  const [rows, parties] = await Promise.all([
    db.caseDocument.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } }),
    db.caseParty.findMany({ where: { caseId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(parties.map((p) => [p.id, p.name]));
  return rows.map((d) => ({
    id: d.id,
    type: d.type as DocumentType,
    label: DOCUMENT_TYPE_SPECS[d.type as DocumentType]?.label ?? '文书',
    number: d.number,
    partyName: d.partyId ? (names.get(d.partyId) ?? '') : '',
    issuedOn: iso(d.issuedOn),
    verificationCode: d.verificationCode,
    pdfEvidenceId: d.pdfEvidenceId,
    docxEvidenceId: d.docxEvidenceId,
    pdfSha256: d.pdfSha256,
    templateVersion: d.templateVersion,
  }));
}

export type DocumentPanel = NonNullable<Awaited<ReturnType<typeof loadDocumentPanel>>>;

/** The document generation panel: per type, whether it can be generated now for each party, and why not. */
export async function loadDocumentPanel(db: Db, caseId: string) {
  const parties = await db.caseParty.findMany({ where: { caseId }, orderBy: { id: 'asc' }, select: { id: true, name: true } });
  const perParty = await Promise.all(parties.map(async (p) => ({ party: p, loaded: await loadDocumentCaseFacts(db, caseId, p.id) })));
  const base = perParty[0]?.loaded ?? (await loadDocumentCaseFacts(db, caseId, null));
  if (!base) return null;
  return {
    parties,
    types: base.types.map((type) => ({
      type,
      label: DOCUMENT_TYPE_SPECS[type].label,
      blockers: documentBlockers(type, base.facts),
      perParty: perParty.map(({ party, loaded }) => ({ partyId: party.id, partyName: party.name, blockers: documentBlockers(type, loaded!.facts) })),
    })),
    documents: await listCaseDocuments(db, caseId),
  };
}

/** The stored content of a generated document (for reprinting it in the case file). */
export function storedRendering(value: unknown): RenderedDocument | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as RenderedDocument;
  return typeof v.title === 'string' && Array.isArray(v.blocks) ? v : null;
}

/** What /verify shows about a document: nothing personal. */
export type VerifiedDocument = { number: string; label: string; organ: string; issuedOn: string; sha256: string };

export async function findDocumentByCode(db: Db, code: string): Promise<VerifiedDocument | null> {
  const row = await db.caseDocument.findUnique({
    where: { verificationCode: code },
    select: { number: true, type: true, organ: true, issuedOn: true, pdfSha256: true },
  });
  if (!row) return null;
  return {
    number: row.number,
    label: DOCUMENT_TYPE_SPECS[row.type as DocumentType]?.label ?? '执法文书',
    organ: row.organ,
    issuedOn: iso(row.issuedOn),
    sha256: row.pdfSha256,
  };
}

export const todayIso = (now: Date) => toShanghaiDate(now);

export type DocumentCheck =
  | { status: 'MATCH'; document: VerifiedDocument }
  | { status: 'MISMATCH'; document: VerifiedDocument }
  /** A code without a file: the document's particulars, to compare with the paper. */
  | { status: 'FOUND'; document: VerifiedDocument }
  | { status: 'UNKNOWN' };

/**
 * The public check: the document the code names, and whether the SHA-256 of the file the visitor
 * holds (computed in their browser, or pasted) is the one generated. A single changed byte changes
 * the hash, so an altered or forged PDF is a MISMATCH. Without a code, a hash alone is looked up.
 */
export async function checkDocument(db: Db, input: { code?: string | undefined; sha256?: string | undefined }): Promise<DocumentCheck> {
  const sha256 = input.sha256?.toLowerCase();
  if (input.code) {
    const document = await findDocumentByCode(db, input.code);
    if (!document) return { status: 'UNKNOWN' };
    if (!sha256) return { status: 'FOUND', document };
    return { status: document.sha256 === sha256 ? 'MATCH' : 'MISMATCH', document };
  }
  if (!sha256) return { status: 'UNKNOWN' };
  const row = await db.caseDocument.findFirst({ where: { pdfSha256: sha256 }, select: { verificationCode: true } });
  const document = row ? await findDocumentByCode(db, row.verificationCode) : null;
  return document ? { status: 'MATCH', document } : { status: 'UNKNOWN' };
}

/** Every document type's current template (for the settings page). */
export async function listCurrentTemplates(db: Db) {
  const types = Object.keys(DOCUMENT_TYPE_SPECS) as DocumentType[];
  return Promise.all(types.map(async (type) => ({ type, label: DOCUMENT_TYPE_SPECS[type].label, ...(await currentTemplate(db, type)) })));
}
