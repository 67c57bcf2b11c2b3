// Gates in front of the agency's decision: the rights notice (arts. 44, 62), the hearing
// (arts. 63–64), legal review (art. 58) and collective decision (art. 57) for major cases.
import type { Blocker } from '@/lib/domain/blockers';
import type { Role } from '@/lib/domain/auth/permissions';
import type { AdvanceContext, CaseFacts } from './case-facts';
import { penaltyLaw } from './citations';
import { hearingRequestDue, hearingRequiredForParties, hearingScheduleBlockers, hearingThresholdsFrom } from './hearing';
import type { StepTemplate } from './template-types';

/** Entering the rights notice: the notice states an intended penalty (art. 44). */
export function noticeContentBlockers(facts: CaseFacts): Blocker[] {
  const penalty = facts.intendedPenalty;
  if (penalty && penalty.kinds.length > 0) return [];
  return [{ code: 'enf.notice.noIntendedPenalty', message: '告知前须先确定拟作出的行政处罚', citation: penaltyLaw(44) }];
}

/** The rights notice was served, and offered a hearing when the intended penalty carries one. */
export function rightsNoticeBlockers(facts: CaseFacts, context: AdvanceContext): Blocker[] {
  if (!facts.rightsNotice) {
    return [
      {
        code: 'enf.notice.missing',
        message: '未告知当事人拟作出的行政处罚内容及事实、理由、依据和陈述、申辩、要求听证等权利，不得作出行政处罚决定',
        citation: penaltyLaw(44, 62),
      },
    ];
  }
  if (hearingOffered(facts, context) && !facts.rightsNotice.hearingRightStated) {
    return [{ code: 'enf.hearing.notOffered', message: '拟作出的处罚应当告知当事人有要求听证的权利，告知书未载明', citation: penaltyLaw(63) }];
  }
  return [];
}

function hearingOffered(facts: CaseFacts, context: AdvanceContext): boolean {
  if (!facts.intendedPenalty) return false;
  const thresholds = context.hearingThresholds ?? hearingThresholdsFrom(context.settings);
  return hearingRequiredForParties(
    facts.intendedPenalty,
    facts.parties.map((p) => p.kind),
    thresholds,
  ).required;
}

/** Before deciding: the hearing window has closed, and a timely requested hearing has been held properly. */
export function hearingGateBlockers(facts: CaseFacts, context: AdvanceContext): Blocker[] {
  if (!facts.rightsNotice || !hearingOffered(facts, context)) return [];
  const hearing = facts.hearing ?? {};
  const due = hearingRequestDue({ noticeServedOn: facts.rightsNotice.servedOn, ...context }).due;
  const requestedInTime = hearing.requestedOn != null && hearing.requestedOn <= due;
  if (!requestedInTime) {
    if (hearing.requestedOn == null && !hearing.waived && context.today <= due) {
      return [{ code: 'enf.hearing.windowOpen', message: `当事人申请听证的期限至${due}届满，期满前不得作出决定`, citation: penaltyLaw(64) }];
    }
    return [];
  }
  if (!hearing.heldOn) {
    return [{ code: 'enf.hearing.notHeld', message: '当事人已依法要求听证，听证结束前不得作出决定', citation: penaltyLaw(63, 65) }];
  }
  return hearingScheduleBlockers({ hearing, officers: facts.officers, ...context });
}

/** A major case needs an approved legal review (art. 58). */
export function legalReviewBlockers(facts: CaseFacts): Blocker[] {
  if (!facts.isMajor) return [];
  const citation = penaltyLaw(58);
  const status = facts.legalReview?.status;
  if (status === 'APPROVED') return [];
  const message =
    status === 'RETURNED'
      ? '法制审核意见为退回修改，须按审核意见修改后重新送审并经审核通过'
      : status === 'REFERRED'
        ? '法制审核意见为移送处理，不得作出决定'
        : status === 'PENDING'
          ? '法制审核尚未办结'
          : '重大执法决定须经法制审核通过后方可作出';
  return [{ code: 'enf.review.notApproved', message, citation }];
}

/** A major or complex case needs a recorded collective decision of the agency's leaders (art. 57). */
export function collectiveDecisionBlockers(facts: CaseFacts): Blocker[] {
  if (!facts.isMajor && !facts.isComplex) return [];
  if (facts.collectiveDecision) return [];
  return [
    {
      code: 'enf.collective.missing',
      message: '情节复杂或者重大违法行为给予行政处罚，须经行政机关负责人集体讨论决定',
      citation: penaltyLaw([57, 2]),
    },
  ];
}

const DIRECTOR_CITATIONS: Readonly<Record<string, string>> = {
  DECISION: penaltyLaw(57),
  NO_PENALTY: penaltyLaw(57),
  COLLECTIVE_DECISION: penaltyLaw([57, 2]),
};

const ROLE_NAMES: Readonly<Record<Role, string>> = {
  OFFICER: '执法人员',
  HEARING_HOST: '听证主持人',
  LEGAL_REVIEWER: '法制审核人员',
  EDITOR: '信息公开人员',
  DIRECTOR: '局长（行政机关负责人）',
  ADMIN: '系统管理员',
};

/** Only the roles the template names may record the step; the decision is the head's (DIRECTOR). */
export function actorRoleBlockers(target: StepTemplate, actorRoles: readonly Role[], penaltyCase: boolean): Blocker[] {
  if (target.actorRoles.some((role) => actorRoles.includes(role))) return [];
  const who = target.actorRoles.map((role) => ROLE_NAMES[role]).join('或');
  const citation = penaltyCase ? DIRECTOR_CITATIONS[target.key] : undefined;
  return [{ code: 'enf.actor.role', message: `“${target.label}”须由${who}办理`, ...(citation ? { citation } : {}) }];
}

/** No penalty: a stated reason to enter, an education record to close (art. 33). */
export function noPenaltyBlockers(facts: CaseFacts, to: string): Blocker[] {
  if (to === 'NO_PENALTY' && !facts.noPenaltyReason?.trim()) {
    return [{ code: 'enf.noPenalty.reason', message: '不予处罚须写明理由和依据', citation: penaltyLaw(57) }];
  }
  if (facts.state === 'NO_PENALTY' && to === 'CLOSED' && !facts.educationRecorded) {
    return [{ code: 'enf.noPenalty.education', message: '依法不予行政处罚的，应当对当事人进行教育并记录', citation: penaltyLaw([33, 3]) }];
  }
  return [];
}
