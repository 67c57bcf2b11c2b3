import { describe, expect, it } from 'vitest';
import { describeBlockers } from '../blockers';
import {
  CATEGORY_COLUMN,
  CATEGORY_NAMES,
  COLUMN_NAMES,
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_STATUSES,
  DISCLOSURE_TRANSITIONS,
  canTransition,
  categoriesInColumn,
  contentChanged,
  editBlockers,
  publishBlockers,
  requiresReview,
  secrecyCheckBlockers,
  statusAfterEdit,
  submitForReviewBlockers,
  withdrawBlockers,
  type DisclosureFacts,
} from '.';

const DEFAULT_REQUIRED = ['NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT'];
const codes = (blockers: { code: string }[]) => blockers.map((b) => b.code);

describe('categories and columns', () => {
  it('names every category in Chinese and places it in a standard column', () => {
    expect(CATEGORY_NAMES.NOTICE).toBe('通知公告');
    expect(CATEGORY_NAMES.WORK_NEWS).toBe('工作动态');
    for (const category of DISCLOSURE_CATEGORIES) expect(COLUMN_NAMES[CATEGORY_COLUMN[category]]).toBeTruthy();
    expect(categoriesInColumn('ANNUAL_REPORTS')).toEqual(['ANNUAL_REPORT']);
    expect(categoriesInColumn('STATUTORY_PROACTIVE')).toContain('ENFORCEMENT_PUBLICITY');
    expect(COLUMN_NAMES.GUIDE).toBe('政府信息公开指南');
  });

  it('always requires review of notices, normative documents and the annual report, and of the categories the setting adds', () => {
    expect(requiresReview('NOTICE', [])).toBe(true);
    expect(requiresReview('NORMATIVE_DOCUMENT', DEFAULT_REQUIRED)).toBe(true);
    expect(requiresReview('NORMATIVE_DOCUMENT', [])).toBe(true);
    expect(requiresReview('ANNUAL_REPORT', ['WORK_NEWS'])).toBe(true);
    expect(requiresReview('WORK_NEWS', DEFAULT_REQUIRED)).toBe(false);
    expect(requiresReview('WORK_NEWS', ['WORK_NEWS'])).toBe(true);
  });
});

describe('workflow', () => {
  it('is a table over every status; withdrawn is final', () => {
    expect(Object.keys(DISCLOSURE_TRANSITIONS).sort()).toEqual([...DISCLOSURE_STATUSES].sort());
    expect(DISCLOSURE_TRANSITIONS.WITHDRAWN).toEqual([]);
    expect(canTransition('DRAFT', 'PUBLISHED')).toBe(false);
    expect(canTransition('SECRECY_CHECKED', 'IN_REVIEW')).toBe(true);
    expect(canTransition('IN_REVIEW', 'APPROVED')).toBe(true);
    expect(canTransition('IN_REVIEW', 'PUBLISHED')).toBe(false);
    expect(canTransition('APPROVED', 'PUBLISHED')).toBe(true);
    expect(canTransition('PUBLISHED', 'WITHDRAWN')).toBe(true);
  });

  it('allows edits in draft, checked and approved; an edit of the content sends the item back to draft', () => {
    expect(editBlockers('DRAFT')).toEqual([]);
    expect(editBlockers('SECRECY_CHECKED')).toEqual([]);
    expect(editBlockers('APPROVED')).toEqual([]);
    expect(codes(editBlockers('IN_REVIEW'))).toEqual(['IN_REVIEW']);
    expect(codes(editBlockers('PUBLISHED'))).toEqual(['PUBLISHED']);
    expect(codes(editBlockers('WITHDRAWN'))).toEqual(['WRONG_STATUS']);
    const before = { category: 'NOTICE', title: 'a', summary: '', body: 'b', sourceDepartment: 'c', formedOn: '2024-01-02' };
    expect(contentChanged(before, { ...before })).toBe(false);
    expect(contentChanged(before, { ...before, body: 'b ' })).toBe(true);
    expect(statusAfterEdit('APPROVED', true)).toBe('DRAFT');
    expect(statusAfterEdit('APPROVED', false)).toBe('APPROVED');
    expect(statusAfterEdit('SECRECY_CHECKED', true)).toBe('DRAFT');
  });

  it('records the secrecy check only on a draft', () => {
    expect(secrecyCheckBlockers('DRAFT')).toEqual([]);
    expect(codes(secrecyCheckBlockers('IN_REVIEW'))).toEqual(['WRONG_STATUS']);
  });
});

describe('publishBlockers', () => {
  const notice: DisclosureFacts = {
    status: 'DRAFT',
    category: 'NOTICE',
    requiredCategories: DEFAULT_REQUIRED,
    approvedReviewOfCurrentVersion: false,
    publicText: { fields: [], parties: [] },
  };

  it('blocks a draft notice on the secrecy check and on the missing legal review, citing both', () => {
    const blockers = publishBlockers(notice);
    expect(codes(blockers)).toEqual(['SECRECY_CHECK_MISSING', 'LEGAL_REVIEW_MISSING']);
    const text = describeBlockers(blockers);
    expect(text).toContain('第十七条');
    expect(text).toContain('发布前须经法制审核并获同意');
  });

  it('blocks a checked notice until an approval covers its current version', () => {
    expect(codes(publishBlockers({ ...notice, status: 'SECRECY_CHECKED' }))).toEqual(['LEGAL_REVIEW_MISSING']);
    expect(publishBlockers({ ...notice, status: 'APPROVED', approvedReviewOfCurrentVersion: true })).toEqual([]);
    // Status alone is not enough: the approval must match the current hash.
    expect(codes(publishBlockers({ ...notice, status: 'APPROVED' }))).toEqual(['LEGAL_REVIEW_MISSING']);
    // Reverting to exactly the approved text needs a new secrecy check but no new review.
    expect(publishBlockers({ ...notice, status: 'SECRECY_CHECKED', approvedReviewOfCurrentVersion: true })).toEqual([]);
  });

  it('refuses the publicity of a decision since revoked or changed, citing art. 48 (the page shows the same blocker)', () => {
    const facts = { ...notice, category: 'ENFORCEMENT_PUBLICITY' as const, status: 'SECRECY_CHECKED' as const, decisionRevoked: true };
    const blockers = publishBlockers(facts);
    expect(codes(blockers)).toEqual(['DECISION_REVOKED']);
    expect(describeBlockers(blockers)).toContain('《中华人民共和国行政处罚法》第四十八条');
    expect(publishBlockers({ ...facts, decisionRevoked: false })).toEqual([]);
  });

  it('asks for a new review when an attachment was added after the approval', () => {
    const facts = { ...notice, status: 'APPROVED' as const, approvedReviewOfCurrentVersion: true, attachmentsAddedAfterApproval: true };
    expect(codes(publishBlockers(facts))).toEqual(['ATTACHMENT_AFTER_REVIEW']);
  });

  it('refuses text carrying personal data, naming the field, the kind and the count but not the value (art. 15)', () => {
    const publicText = {
      fields: [
        { where: '正文', text: '当事人李四，身份证号310115199003071239' },
        { where: '标题', text: '处罚决定公示' },
      ],
      parties: [{ kind: 'PERSON' as const, name: '李四' }],
    };
    const blockers = publishBlockers({ ...notice, category: 'WORK_NEWS', status: 'SECRECY_CHECKED', publicText });
    expect(codes(blockers)).toEqual(['PERSONAL_DATA']);
    const text = describeBlockers(blockers);
    expect(text).toContain('正文：当事人姓名 1 处、身份证号码 1 处');
    expect(text).toContain('第十五条');
    expect(text).not.toContain('李四');
    expect(text).not.toContain('310115199003071239');
  });

  it('publishes a non-gated category after the secrecy check alone', () => {
    const news: DisclosureFacts = { ...notice, category: 'WORK_NEWS' };
    expect(codes(publishBlockers(news))).toEqual(['SECRECY_CHECK_MISSING']);
    expect(publishBlockers({ ...news, status: 'SECRECY_CHECKED' })).toEqual([]);
  });

  it('refuses while in review and once published or withdrawn', () => {
    expect(codes(publishBlockers({ ...notice, status: 'IN_REVIEW' }))).toEqual(['IN_REVIEW', 'LEGAL_REVIEW_MISSING']);
    expect(codes(publishBlockers({ ...notice, status: 'PUBLISHED', approvedReviewOfCurrentVersion: true }))).toEqual(['WRONG_STATUS']);
    expect(codes(publishBlockers({ ...notice, status: 'WITHDRAWN' }))).toEqual(['WRONG_STATUS']);
  });
});

describe('submitForReviewBlockers', () => {
  const base = { category: 'NOTICE' as const, requiredCategories: DEFAULT_REQUIRED };
  it('needs the secrecy check, a category that is reviewed and a checked item', () => {
    expect(submitForReviewBlockers({ ...base, status: 'SECRECY_CHECKED' })).toEqual([]);
    expect(codes(submitForReviewBlockers({ ...base, status: 'DRAFT' }))).toEqual(['SECRECY_CHECK_MISSING']);
    expect(codes(submitForReviewBlockers({ ...base, status: 'IN_REVIEW' }))).toEqual(['WRONG_STATUS']);
    expect(codes(submitForReviewBlockers({ ...base, status: 'APPROVED' }))).toEqual(['WRONG_STATUS']);
    expect(codes(submitForReviewBlockers({ ...base, category: 'WORK_NEWS', status: 'SECRECY_CHECKED' }))).toEqual(['REVIEW_NOT_REQUIRED']);
  });
});

describe('withdrawBlockers', () => {
  it('needs a published item and a public reason', () => {
    expect(withdrawBlockers({ status: 'PUBLISHED', category: 'WORK_NEWS', reason: '信息有误，予以更正' })).toEqual([]);
    expect(codes(withdrawBlockers({ status: 'PUBLISHED', category: 'WORK_NEWS', reason: '  ' }))).toEqual(['WITHDRAWAL_REASON_MISSING']);
    const enforcement = withdrawBlockers({ status: 'PUBLISHED', category: 'ENFORCEMENT_PUBLICITY', reason: '' });
    expect(enforcement[0]?.citation).toContain('第四十八条');
    expect(codes(withdrawBlockers({ status: 'DRAFT', category: 'WORK_NEWS', reason: '理由充分的撤回' }))).toEqual(['WRONG_STATUS']);
  });
});
