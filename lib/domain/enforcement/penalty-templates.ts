// Step templates of penalty cases: labels, which steps are mandatory, who records them and the
// default audio-video requirement. The order and transitions are fixed by penalty-lifecycle.ts.
import { penaltyLaw } from './citations';
import { PENALTY_STATE_NAMES as G, SUMMARY_STATE_NAMES as S } from './penalty-lifecycle';
import { defineStep, type CaseTemplate } from './template-types';

const DIRECTOR = ['DIRECTOR'] as const;

export const PENALTY_OFFICER_RULE = { minOfficers: 2, certified: true, citation: penaltyLaw(42) } as const;

const NO_PENALTY_FROM = ['INVESTIGATION', 'STATEMENT_OR_HEARING', 'LEGAL_REVIEW', 'COLLECTIVE_DECISION'] as const;

export const GENERAL_PENALTY_TEMPLATE: CaseTemplate = {
  officerRule: PENALTY_OFFICER_RULE,
  steps: [
    defineStep('FILED', G.FILED, 'NONE'),
    // On-site evidence is where disputes arise; the bureau records it by default.
    defineStep('INVESTIGATION', G.INVESTIGATION, 'REQUIRED'),
    defineStep('RIGHTS_NOTICE', G.RIGHTS_NOTICE, 'AS_NEEDED'),
    defineStep('STATEMENT_OR_HEARING', G.STATEMENT_OR_HEARING, 'AS_NEEDED', { actorRoles: ['OFFICER', 'HEARING_HOST'] }),
    defineStep('LEGAL_REVIEW', G.LEGAL_REVIEW, 'NONE', { when: 'MAJOR' }),
    defineStep('COLLECTIVE_DECISION', G.COLLECTIVE_DECISION, 'NONE', { when: 'MAJOR_OR_COMPLEX', actorRoles: DIRECTOR }),
    defineStep('DECISION', G.DECISION, 'NONE', { actorRoles: DIRECTOR, decision: true }),
    // Service by leaving the document (留置送达) or by announcement is recorded as needed.
    defineStep('SERVICE', G.SERVICE, 'AS_NEEDED'),
    defineStep('EXECUTION', G.EXECUTION, 'AS_NEEDED'),
    defineStep('NO_PENALTY', G.NO_PENALTY, 'NONE', { mandatory: false, alternativeFrom: NO_PENALTY_FROM, actorRoles: DIRECTOR }),
    defineStep('CLOSED', G.CLOSED, 'NONE'),
  ],
};

export const SUMMARY_PENALTY_TEMPLATE: CaseTemplate = {
  officerRule: PENALTY_OFFICER_RULE,
  steps: [
    defineStep('ON_SPOT_IDENTIFICATION', S.ON_SPOT_IDENTIFICATION, 'AS_NEEDED'),
    defineStep('ON_SPOT_NOTICE', S.ON_SPOT_NOTICE, 'AS_NEEDED'),
    defineStep('ON_SPOT_STATEMENT', S.ON_SPOT_STATEMENT, 'AS_NEEDED'),
    // The on-the-spot decision is on-site enforcement with no later review: always recorded.
    defineStep('ON_SPOT_DECISION', S.ON_SPOT_DECISION, 'REQUIRED'),
    defineStep('RECORD_FILING', S.RECORD_FILING, 'NONE'),
    defineStep('EXECUTION', S.EXECUTION, 'AS_NEEDED'),
    defineStep('CLOSED', S.CLOSED, 'NONE'),
  ],
};
