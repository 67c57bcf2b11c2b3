import { describe, expect, it } from 'vitest';
import { CHECKLISTS, CHECKPOINT_KEYS, type CheckpointEntry } from './checkpoints';
import { canDecideReview, conflictBlockers, decisionBlockers, reviewerBlockers, type ReviewerFacts, type RoundFacts } from './can-decide';
import { canExtendReview, extensionBlockers } from './can-extend';
import { canSubmitReview, staleRounds } from './can-submit';
import { externalOpinionBlockers } from './external-opinion';

const codes = (blockers: { code: string }[]) => blockers.map((b) => b.code);

const allNotes = (passed = true): CheckpointEntry[] => CHECKPOINT_KEYS.map((key) => ({ key, passed, note: '经审查符合规定' }));

const round: RoundFacts = { status: 'PENDING', submittedById: 'editor', subjectAuthorIds: ['author'], contentHash: 'h1' };
const reviewer: ReviewerFacts = { id: 'rev', roles: ['LEGAL_REVIEWER'], legalQualificationNo: 'A20191100', hasDecidedBefore: false };

describe('canSubmitReview', () => {
  it('passes a subject with no pending or approved round of its content', () => {
    expect(canSubmitReview({ subjectBlockers: [], currentHash: 'h1', pendingHashes: [], approvedHashes: ['h0'] })).toEqual([]);
  });

  it('returns the subject blockers first, then a pending round of the same content, then an approval of it', () => {
    const blockers = canSubmitReview({
      subjectBlockers: [{ code: 'X', message: '标题为空' }],
      currentHash: 'h1',
      pendingHashes: ['h1'],
      approvedHashes: ['h1'],
    });
    expect(codes(blockers)).toEqual(['X', 'REVIEW_ALREADY_PENDING', 'ALREADY_APPROVED']);
  });

  it('does not let a stale pending round (older content) block a resubmission; it is superseded', () => {
    expect(canSubmitReview({ subjectBlockers: [], currentHash: 'h2', pendingHashes: ['h1'], approvedHashes: [] })).toEqual([]);
    expect(
      staleRounds(
        [
          { id: 'a', contentHash: 'h1' },
          { id: 'b', contentHash: 'h2' },
        ],
        'h2',
      ),
    ).toEqual([{ id: 'a', contentHash: 'h1' }]);
  });
});

describe('reviewerBlockers / canDecideReview', () => {
  const decide = (overrides: { round?: Partial<RoundFacts>; reviewer?: Partial<ReviewerFacts>; currentHash?: string | null } = {}) =>
    codes(
      reviewerBlockers({
        round: { ...round, ...overrides.round },
        reviewer: { ...reviewer, ...overrides.reviewer },
        currentHash: overrides.currentHash === undefined ? 'h1' : overrides.currentHash,
      }),
    );

  it('lets a qualified legal reviewer decide a pending, current round', () => {
    expect(decide()).toEqual([]);
  });

  it('refuses a decided round', () => {
    expect(decide({ round: { status: 'APPROVED' } })).toEqual(['REVIEW_NOT_PENDING']);
  });

  it('refuses a user without LEGAL_REVIEWER', () => {
    expect(decide({ reviewer: { roles: ['EDITOR', 'DIRECTOR'] } })).toEqual(['NOT_LEGAL_REVIEWER']);
  });

  it('refuses the submitter and any author of the subject', () => {
    expect(decide({ reviewer: { id: 'editor' } })).toEqual(['REVIEWER_IS_SUBMITTER']);
    expect(decide({ reviewer: { id: 'author' } })).toEqual(['REVIEWER_IS_AUTHOR']);
  });

  it('refuses a first-time reviewer without a recorded qualification, citing Penalty Law art. 58', () => {
    const blockers = reviewerBlockers({ round, reviewer: { ...reviewer, legalQualificationNo: '  ' }, currentHash: 'h1' });
    expect(codes(blockers)).toEqual(['FIRST_REVIEW_NEEDS_QUALIFICATION']);
    expect(blockers[0]?.citation).toBe('《中华人民共和国行政处罚法》第五十八条');
    expect(decide({ reviewer: { legalQualificationNo: null } })).toEqual(['FIRST_REVIEW_NEEDS_QUALIFICATION']);
  });

  it('lets an experienced reviewer decide without a recorded qualification', () => {
    expect(decide({ reviewer: { legalQualificationNo: null, hasDecidedBefore: true } })).toEqual([]);
  });

  it('refuses a stale round (content changed since submission) and a missing subject', () => {
    expect(decide({ currentHash: 'h2' })).toEqual(['REVIEW_STALE']);
    expect(decide({ currentHash: null })).toEqual(['SUBJECT_MISSING']);
  });

  it('combines reviewer and decision blockers', () => {
    const blockers = canDecideReview({
      round: { ...round, checklist: 'ENFORCEMENT_DECISION' },
      reviewer: { ...reviewer, id: 'editor' },
      currentHash: 'h1',
      decision: { checklist: 'ENFORCEMENT_DECISION', outcome: 'RETURNED', opinion: '', checkpoints: allNotes() },
    });
    expect(codes(blockers)).toEqual(['REVIEWER_IS_SUBMITTER', 'OPINION_REQUIRED']);
  });
});

describe('decisionBlockers', () => {
  it('accepts an approval with all nine notes and no opinion', () => {
    expect(decisionBlockers({ checklist: 'ENFORCEMENT_DECISION', outcome: 'APPROVED', opinion: '', checkpoints: allNotes() })).toEqual([]);
  });

  it('names every checkpoint missing or with a blank note', () => {
    const checkpoints = allNotes()
      .filter((c) => c.key !== 'BODY')
      .map((c) => (c.key === 'PROCEDURE' ? { ...c, note: ' ' } : c));
    const [undecided, blocker] = decisionBlockers({ checklist: 'ENFORCEMENT_DECISION', outcome: 'APPROVED', opinion: '', checkpoints });
    expect(undecided?.code).toBe('CHECKPOINT_UNDECIDED');
    expect(undecided?.message).toBe('以下审核要点尚未作出“符合”或“不符合”的结论：执法主体');
    expect(blocker?.code).toBe('CHECKPOINT_NOTE_MISSING');
    expect(blocker?.message).toBe('以下审核要点未填写审核说明：执法主体、程序');
  });

  it('requires an opinion to return or refer', () => {
    for (const outcome of ['RETURNED', 'REFERRED'] as const) {
      expect(codes(decisionBlockers({ checklist: 'ENFORCEMENT_DECISION', outcome, opinion: '  ', checkpoints: allNotes() }))).toEqual(['OPINION_REQUIRED']);
      expect(decisionBlockers({ checklist: 'ENFORCEMENT_DECISION', outcome, opinion: '请补充证据', checkpoints: allNotes(false) })).toEqual([]);
    }
  });

  it('refuses to approve with a checkpoint marked as not passed', () => {
    const checkpoints = allNotes().map((c) => (c.key === 'DISCRETION' ? { ...c, passed: false } : c));
    const [blocker] = decisionBlockers({ checklist: 'ENFORCEMENT_DECISION', outcome: 'APPROVED', opinion: '', checkpoints });
    expect(blocker?.code).toBe('APPROVAL_WITH_FAILED_CHECKPOINT');
    expect(blocker?.message).toContain('裁量基准');
  });
});

describe('checklists per subject type', () => {
  const entries = (keys: readonly string[], passed: boolean | null = true) => keys.map((key) => ({ key, passed, note: '经审查' })) as CheckpointEntry[];

  it('a point left undecided blocks any decision, citing the rule of that checklist', () => {
    const checkpoints = entries(CHECKLISTS.DISCLOSURE).map((c) => (c.key === 'DC_PRIVACY' ? { ...c, passed: null } : c));
    const blockers = decisionBlockers({ checklist: 'DISCLOSURE', outcome: 'RETURNED', opinion: '请修改', checkpoints });
    expect(codes(blockers)).toEqual(['CHECKPOINT_UNDECIDED']);
    expect(blockers[0]?.message).toContain('个人信息与商业秘密');
    expect(blockers[0]?.citation).toContain('第十五条');
  });

  it("a decision is measured against the round's own checklist: the nine enforcement points do not complete a normative document", () => {
    expect(codes(decisionBlockers({ checklist: 'NORMATIVE_DOCUMENT', outcome: 'APPROVED', opinion: '', checkpoints: allNotes() }))).toEqual([
      'CHECKPOINT_UNDECIDED',
      'CHECKPOINT_NOTE_MISSING',
    ]);
    expect(decisionBlockers({ checklist: 'NORMATIVE_DOCUMENT', outcome: 'APPROVED', opinion: '', checkpoints: entries(CHECKLISTS.NORMATIVE_DOCUMENT) })).toEqual([]);
    expect(codes(decisionBlockers({ checklist: 'DISCLOSURE', outcome: 'APPROVED', opinion: '', checkpoints: entries(CHECKLISTS.DISCLOSURE) }, 'NORMATIVE_DOCUMENT'))).toEqual([
      'CHECKLIST_MISMATCH',
    ]);
  });

  it('approving a major administrative decision with 决策程序 不符合 is refused, citing the Interim Regulations', () => {
    const checkpoints = entries(CHECKLISTS.MAJOR_ADMIN_DECISION).map((c) => (c.key === 'MD_PROCEDURE' ? { ...c, passed: false } : c));
    const [blocker] = decisionBlockers({ checklist: 'MAJOR_ADMIN_DECISION', outcome: 'APPROVED', opinion: '', checkpoints });
    expect(blocker?.message).toBe('审核要点“决策程序”不符合，不能作出同意的审核意见');
    expect(blocker?.citation).toBe('《重大行政决策程序暂行条例》第二十八条');
  });
});

describe('canExtendReview', () => {
  const facts = { status: 'PENDING' as const, extendedDays: 0, extensionDays: 3, reason: '案情复杂，需补充调查' };

  it('allows one extension of a pending round with a reason', () => {
    expect(canExtendReview(facts)).toEqual([]);
  });

  it('refuses a second extension, a decided round, a blank reason and a zero setting', () => {
    expect(codes(canExtendReview({ ...facts, extendedDays: 3 }))).toEqual(['EXTENSION_USED']);
    expect(codes(canExtendReview({ ...facts, status: 'RETURNED' }))).toEqual(['REVIEW_NOT_PENDING']);
    expect(codes(canExtendReview({ ...facts, reason: ' ' }))).toEqual(['EXTENSION_REASON_REQUIRED']);
    expect(codes(canExtendReview({ ...facts, extensionDays: 0 }))).toEqual(['EXTENSION_DISABLED']);
  });

  it('reports availability without a reason, for the page', () => {
    expect(extensionBlockers(facts)).toEqual([]);
    expect(codes(extensionBlockers({ ...facts, extendedDays: 3 }))).toEqual(['EXTENSION_USED']);
  });
});

describe('conflictBlockers and externalOpinionBlockers', () => {
  it('names the submitter before the author', () => {
    expect(codes(conflictBlockers({ submittedById: 'a', subjectAuthorIds: ['a'] }, 'a'))).toEqual(['REVIEWER_IS_SUBMITTER']);
    expect(conflictBlockers({ submittedById: 'a', subjectAuthorIds: ['b'] }, 'c')).toEqual([]);
  });

  it('refuses an opinion on a superseded round or dated in the future', () => {
    expect(externalOpinionBlockers({ status: 'APPROVED', issuedOn: '2024-05-06', today: '2024-05-06' })).toEqual([]);
    expect(codes(externalOpinionBlockers({ status: 'SUPERSEDED', issuedOn: '2024-05-07', today: '2024-05-06' }))).toEqual(['REVIEW_SUPERSEDED', 'OPINION_DATE_IN_FUTURE']);
  });
});
