import 'server-only';
import type { Tx } from '@/lib/db';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';
import { CATEGORY_NAMES } from '@/lib/domain/disclosure/categories';
import { CASE_TYPE_NAMES, EVIDENCE_KIND_NAMES, PARTY_KIND_NAMES } from '@/lib/domain/enforcement/case-types';
import { checkDiscretion } from '@/lib/domain/enforcement/discretion';
import { describePenalty } from '@/lib/domain/enforcement/penalties';
import type { ReviewContent } from '@/lib/domain/review/content';
import { AppError } from '@/lib/errors';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import { messages } from '@/lib/i18n/messages';
import { findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';
import { loadDiscretionBands } from '@/lib/queries/enforcement/case-config';
import { penaltyOf } from '@/lib/queries/enforcement/case-state';
import { normaliseAmount } from '@/lib/queries/matters/matter-record';

// What the reviewer reads of a subject, as it will be published or decided (ADR 0023): kept with
// the round when it is sent (lib/services/review/submit-for-review.ts) and shown by the review page.
// One reader per subject kind, beside the snapshot loaders of ./subjects.ts.
type ContentLoader = (tx: Tx, id: string) => Promise<ReviewContent>;

function notFound(): never {
  throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
}

// The text as the public detail page will show it, its catalogue metadata and its files.
async function disclosureContent(tx: Tx, id: string): Promise<ReviewContent> {
  const d = await findDisclosureOrThrow(tx, id);
  const attachments = await tx.attachment.findMany({ where: { disclosureId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const day = (value: Date | null) => (value ? isoOfDateColumn(value) : '');
  return {
    sections: [
      { label: '类别', text: CATEGORY_NAMES[d.category] },
      { label: '标题', text: d.title },
      { label: '摘要', text: d.summary },
      { label: '发布机构', text: d.sourceDepartment },
      { label: '成文日期', text: day(d.formedOn) },
      { label: '文号', text: d.documentNumber ?? '' },
      { label: '主题分类', text: d.topic ?? '' },
      { label: '有效期', text: d.validFrom || d.validUntil ? `${day(d.validFrom)}至${day(d.validUntil)}` : '' },
      { label: '正文', text: d.body },
    ].filter((section) => section.text !== '' || section.label === '正文'),
    publicBody: d.body,
    files: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: Number(a.size), sha256: a.sha256 })),
    evidence: [],
  };
}

// What a major enforcement decision rests on: the facts, the parties, the legal basis, the proposed
// penalty and the discretion band it falls in, and the evidence list with each file's SHA-256.
async function enforcementDecisionContent(tx: Tx, id: string): Promise<ReviewContent> {
  const row = await tx.enforcementCase.findUnique({
    where: { id },
    include: { parties: { orderBy: { id: 'asc' } }, evidence: { orderBy: { chainSeq: 'asc' } } },
  });
  if (!row) notFound();
  const penalty = penaltyOf(row.intendedPenalty);
  const bands = await loadDiscretionBands(tx);
  const discretion =
    row.violationType && penalty?.fineAmount !== undefined && penalty.fineAmount !== null
      ? checkDiscretion({ violationType: row.violationType, proposedFine: penalty.fineAmount }, bands).message
      : row.violationType
        ? bands
            .filter((b) => b.violationType === row.violationType)
            .map((b) => `${b.violationName}：罚款${b.minFine}元至${b.maxFine}元`)
            .join('；') || '该违法行为尚未制定裁量基准'
        : '未认定违法行为类型';
  return {
    sections: [
      { label: '案件名称', text: `${row.caseNumber} ${row.title}` },
      { label: '案件类型', text: CASE_TYPE_NAMES[row.type as keyof typeof CASE_TYPE_NAMES] ?? row.type },
      { label: '当事人', text: row.parties.map((p) => `${p.name}（${PARTY_KIND_NAMES[p.kind as keyof typeof PARTY_KIND_NAMES] ?? p.kind}）`).join('\n') },
      { label: '案件事实', text: row.facts },
      { label: '法律依据', text: row.legalBasis },
      { label: '拟作出的处罚', text: penalty ? describePenalty(penalty) : '未拟定' },
      { label: '裁量基准', text: discretion },
      { label: '裁量理由', text: row.discretionReason ?? '' },
    ].filter((section) => section.text !== ''),
    publicBody: null,
    files: [],
    evidence: row.evidence.map((e) => ({
      id: e.id,
      kind: EVIDENCE_KIND_NAMES[e.kind as keyof typeof EVIDENCE_KIND_NAMES] ?? e.kind,
      fileName: e.fileName,
      sha256: e.sha256,
      capturedAt: e.capturedAt.toISOString(),
    })),
  };
}

async function majorAdminDecisionContent(tx: Tx, id: string): Promise<ReviewContent> {
  const decision = await tx.majorAdminDecision.findUnique({ where: { id } });
  if (!decision) notFound();
  return {
    sections: [
      { label: '决策事项', text: decision.title },
      { label: '决策草案', text: decision.description },
    ],
    publicBody: null,
    files: [],
    evidence: [],
  };
}

// The terms and the contract file itself.
async function adminContractContent(tx: Tx, id: string): Promise<ReviewContent> {
  const contract = await tx.administrativeContract.findUnique({ where: { id } });
  if (!contract) notFound();
  const file = contract.attachmentId ? await tx.attachment.findUnique({ where: { id: contract.attachmentId } }) : null;
  return {
    sections: [
      { label: '合同名称', text: contract.title },
      { label: '合同相对方', text: contract.counterparty },
      { label: '合同金额（元）', text: normaliseAmount(contract.amount) },
      { label: '合同期限', text: `${isoOfDateColumn(contract.termFrom)}至${isoOfDateColumn(contract.termTo)}` },
    ],
    publicBody: null,
    files: file ? [{ id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: Number(file.size), sha256: file.sha256 }] : [],
    evidence: [],
  };
}

const CONTENT_LOADERS = {
  DISCLOSURE: disclosureContent,
  ENFORCEMENT_DECISION: enforcementDecisionContent,
  MAJOR_ADMIN_DECISION: majorAdminDecisionContent,
  ADMIN_CONTRACT: adminContractContent,
} as const satisfies Record<ReviewSubjectType, ContentLoader>;

export function loadReviewContent(tx: Tx, type: ReviewSubjectType, id: string): Promise<ReviewContent> {
  return CONTENT_LOADERS[type](tx, id);
}
