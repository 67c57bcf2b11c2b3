import type { Blocker } from '../blockers';
import { personalDataBlockers, PRIVACY_CITATION, type PublicTextFacts } from '../privacy/public-text';
import { requiresReview, type DisclosureCategory } from './categories';
import { canTransition, isEditable, STATUS_NAMES, type DisclosureStatus } from './workflow';

export const CITATIONS = {
  secrecy: '《中华人民共和国政府信息公开条例》第十七条',
  privacy: PRIVACY_CITATION,
  noticeReview: '本局制度：通知公告、通告通报发布前一律经法制审核',
  normativeReview: '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）',
  annualReportReview: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：法治政府建设年度报告向社会公开',
  settingReview: '参数设置“发布前须经法制审核的公开类别”',
  enforcementWithdrawal: '《中华人民共和国行政处罚法》第四十八条',
} as const;

export function reviewCitation(category: DisclosureCategory): string {
  if (category === 'NOTICE') return CITATIONS.noticeReview;
  if (category === 'NORMATIVE_DOCUMENT') return CITATIONS.normativeReview;
  if (category === 'ANNUAL_REPORT') return CITATIONS.annualReportReview;
  return CITATIONS.settingReview;
}

// What the rules read about one disclosure; the service builds it from rows read in its transaction.
export type DisclosureFacts = {
  status: DisclosureStatus;
  category: DisclosureCategory;
  // The setting 'review.requiredCategories'.
  requiredCategories: readonly string[];
  // An APPROVED legal review whose content hash equals the item's current hash exists.
  approvedReviewOfCurrentVersion: boolean;
  // An attachment was added after the approval was given. Attachments are in the content hash
  // (ADR 0011), so such an approval no longer matches; this names the reason explicitly (and
  // covers approvals recorded before attachments were hashed).
  attachmentsAddedAfterApproval?: boolean;
  // The enforcement decision this item publicises has since been revoked or changed (art. 48).
  decisionRevoked?: boolean;
  // What would go public (title, summary, body, attachments' names) and the linked record's parties.
  publicText: PublicTextFacts;
};

function statusBlocker(code: string, status: DisclosureStatus, action: string): Blocker {
  return { code, message: `当前状态为“${STATUS_NAMES[status]}”，不能${action}` };
}

export const SECRECY_MISSING_MESSAGE = '发布前须经保密审查';
export const DECISION_REVOKED_MESSAGE = '该执法决定已被撤销或变更，其执法公示不能发布';
export const REVIEW_MISSING_MESSAGE = '发布前须经法制审核并获同意，当前版本尚无同意的审核意见';

export function publishBlockers(facts: DisclosureFacts): Blocker[] {
  const { status, category } = facts;
  if (status === 'PUBLISHED' || status === 'WITHDRAWN') return [statusBlocker('WRONG_STATUS', status, '发布')];
  const blockers: Blocker[] = [];
  if (status === 'IN_REVIEW') blockers.push({ code: 'IN_REVIEW', message: '法制审核尚未办结，不能发布' });
  if (status === 'DRAFT') {
    blockers.push({ code: 'SECRECY_CHECK_MISSING', message: SECRECY_MISSING_MESSAGE, citation: CITATIONS.secrecy });
  }
  if (requiresReview(category, facts.requiredCategories)) {
    if (!facts.approvedReviewOfCurrentVersion) {
      blockers.push({ code: 'LEGAL_REVIEW_MISSING', message: REVIEW_MISSING_MESSAGE, citation: reviewCitation(category) });
    } else if (facts.attachmentsAddedAfterApproval) {
      blockers.push({
        code: 'ATTACHMENT_AFTER_REVIEW',
        message: '审核通过后新增了附件，附件未经审核：请修改内容后重新送法制审核',
        citation: reviewCitation(category),
      });
    }
  }
  if (facts.decisionRevoked) {
    blockers.push({ code: 'DECISION_REVOKED', message: DECISION_REVOKED_MESSAGE, citation: CITATIONS.enforcementWithdrawal });
  }
  blockers.push(...personalDataBlockers(facts.publicText));
  return blockers;
}

export function submitForReviewBlockers(facts: Pick<DisclosureFacts, 'status' | 'category' | 'requiredCategories'>): Blocker[] {
  if (!requiresReview(facts.category, facts.requiredCategories)) {
    return [{ code: 'REVIEW_NOT_REQUIRED', message: '本类别无需法制审核，保密审查后即可发布' }];
  }
  if (facts.status === 'DRAFT') {
    return [{ code: 'SECRECY_CHECK_MISSING', message: '送法制审核前须经保密审查', citation: CITATIONS.secrecy }];
  }
  if (!canTransition(facts.status, 'IN_REVIEW')) return [statusBlocker('WRONG_STATUS', facts.status, '送法制审核')];
  return [];
}

export function secrecyCheckBlockers(status: DisclosureStatus): Blocker[] {
  return canTransition(status, 'SECRECY_CHECKED') ? [] : [statusBlocker('WRONG_STATUS', status, '进行保密审查')];
}

export function editBlockers(status: DisclosureStatus): Blocker[] {
  if (isEditable(status)) return [];
  if (status === 'IN_REVIEW') return [{ code: 'IN_REVIEW', message: '法制审核期间不能修改，请待审核办结（退回后可修改）' }];
  if (status === 'PUBLISHED') return [{ code: 'PUBLISHED', message: '已发布的信息不能直接修改，如需更正请先撤回' }];
  return [statusBlocker('WRONG_STATUS', status, '修改')];
}

export function attachmentBlockers(status: DisclosureStatus): Blocker[] {
  return editBlockers(status).map((b) => (b.code === 'WRONG_STATUS' ? statusBlocker(b.code, status, '变更附件') : b));
}

export const MIN_WITHDRAWAL_REASON = 4;

export function withdrawBlockers(facts: { status: DisclosureStatus; category: DisclosureCategory; reason: string }): Blocker[] {
  const blockers: Blocker[] = [];
  if (!canTransition(facts.status, 'WITHDRAWN')) blockers.push(statusBlocker('WRONG_STATUS', facts.status, '撤回'));
  if (facts.reason.trim().length < MIN_WITHDRAWAL_REASON) {
    blockers.push({
      code: 'WITHDRAWAL_REASON_MISSING',
      message: `撤回须说明理由（至少${MIN_WITHDRAWAL_REASON}个字），理由将向社会公开`,
      ...(facts.category === 'ENFORCEMENT_PUBLICITY' ? { citation: CITATIONS.enforcementWithdrawal } : {}),
    });
  }
  return blockers;
}
