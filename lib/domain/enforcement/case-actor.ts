// Who may act on a case (and read its personal data): the officers assigned to it record its
// officer steps (《行政处罚法》第四十二条: the case's own certified officers, two or more), the head
// (DIRECTOR) only the head's steps, the appointed hearing host only the hearing (第六十四条), the
// legal reviewer only the review (第五十八条). Holding a role is not enough: the role must be held
// on this case. Pure: the facts come from rows read inside the caller's transaction.
import type { Role } from '@/lib/domain/auth/permissions';
import type { Blocker } from '@/lib/domain/blockers';
import type { CaseFacts, CaseOfficerFact, HearingFact } from './case-facts';
import { penaltyLawApplies, type CaseType } from './case-types';
import { penaltyLaw } from './citations';

/** The signed-in user acting or reading: their account id and roles (re-read from the database). */
export type CaseActor = { readonly userId: string | null; readonly roles: readonly Role[] };

/** What the rule reads about a case; CaseFacts has it all. */
export type CaseActorFacts = {
  readonly type: CaseType;
  readonly officers: readonly Pick<CaseOfficerFact, 'officerId' | 'role' | 'userId'>[];
  readonly hearing?: Pick<HearingFact, 'hostOfficerId'> | null;
  readonly legalReviewers?: CaseFacts['legalReviewers'];
};

/** The capacities in which a person acts on a case; each matches the role of the same name. */
export type CaseCapacity = 'OFFICER' | 'HEARING_HOST' | 'DIRECTOR' | 'LEGAL_REVIEWER';

const CAPACITY_NAMES: Readonly<Record<CaseCapacity, string>> = {
  OFFICER: '本案承办的执法人员',
  HEARING_HOST: '本案指定的听证主持人',
  DIRECTOR: '局长（行政机关负责人）',
  LEGAL_REVIEWER: '本案的法制审核人员',
};

/** The capacities the actor holds on this case (a role held on the case, not merely a role). */
export function caseCapacities(facts: CaseActorFacts, actor: CaseActor): CaseCapacity[] {
  const has = (role: Role) => actor.roles.includes(role);
  const mine = (o: CaseActorFacts['officers'][number]) => actor.userId !== null && o.userId === actor.userId;
  const hostId = facts.hearing?.hostOfficerId ?? null;
  const capacities: CaseCapacity[] = [];
  if (has('OFFICER') && facts.officers.some((o) => o.role === 'INVESTIGATOR' && mine(o))) capacities.push('OFFICER');
  if (has('HEARING_HOST') && hostId !== null && facts.officers.some((o) => o.role === 'HEARING_HOST' && o.officerId === hostId && mine(o))) {
    capacities.push('HEARING_HOST');
  }
  if (has('DIRECTOR')) capacities.push('DIRECTOR');
  const reviewers = facts.legalReviewers;
  if (has('LEGAL_REVIEWER') && reviewers && (reviewers.open || (actor.userId !== null && reviewers.userIds.includes(actor.userId)))) {
    capacities.push('LEGAL_REVIEWER');
  }
  return capacities;
}

/**
 * What blocks the actor from acting on this case in one of the `allowed` capacities (a step's
 * roles, the hearing host for the hearing…). Empty when they may.
 */
export function caseActorBlockers(facts: CaseActorFacts, actor: CaseActor, allowed: readonly CaseCapacity[]): Blocker[] {
  const held = caseCapacities(facts, actor);
  if (allowed.some((capacity) => held.includes(capacity))) return [];
  const who = allowed.map((capacity) => CAPACITY_NAMES[capacity]).join('或');
  const penalty = penaltyLawApplies(facts.type);
  if (allowed.includes('OFFICER') && actor.roles.includes('OFFICER')) {
    return [
      {
        code: 'enf.actor.notOnCase',
        message: `您不是本案承办的执法人员，不能办理本案的执法环节；执法环节由本案指派的、具有执法资格的执法人员办理，此处须由${who}办理`,
        ...(penalty ? { citation: penaltyLaw(42) } : {}),
      },
    ];
  }
  if (allowed.includes('HEARING_HOST') && actor.roles.includes('HEARING_HOST')) {
    return [{ code: 'enf.actor.notOnCase', message: `您不是本案指定的听证主持人，此处须由${who}办理`, ...(penalty ? { citation: penaltyLaw(64) } : {}) }];
  }
  return [{ code: 'enf.actor.notOnCase', message: `此处须由${who}办理，您在本案中不具有该身份` }];
}

/** Who reads the case with its parties' personal data: its officers, the head, its hearing host and legal reviewer. */
export function seesCasePersonalData(facts: CaseActorFacts, actor: CaseActor): boolean {
  return caseCapacities(facts, actor).length > 0;
}
