// What the rules need to know about a case, as plain data. Services build it from rows read inside
// their transaction (certificate validity and roles re-read from the database) and pass it in.
import type { Role } from '@/lib/domain/auth/permissions';
import type { IsoDate, WorkingCalendar } from '@/lib/domain/calendar';
import type { CaseOfficerRole, CaseProcedure, CaseType, EvidenceKind, PartyKind } from './case-types';
import type { IntendedPenalty } from './penalties';
import type { EnforcementSettings } from './settings';
import type { TemplateOptions } from './template-types';
import type { HearingThresholds } from './hearing';

export type CaseOfficerFact = {
  readonly officerId: string;
  readonly name: string;
  readonly role: CaseOfficerRole;
  /** The certificate the role needs (enforcement or hearing host) is valid today; see isCertificateValid. */
  readonly certificateValid: boolean;
  readonly recusalDeclared: boolean;
  /** The officer's user account holds the HEARING_HOST role. */
  readonly holdsHearingHostRole?: boolean;
  /** The staff account linked to the officer (who acts for them on the case), if any. */
  readonly userId?: string | null;
};

export type RightsNoticeFact = {
  readonly servedOn: IsoDate;
  /** The notice told the party of the right to request a hearing. */
  readonly hearingRightStated: boolean;
};

export type HearingFact = {
  readonly requestedOn?: IsoDate | null;
  /** The party declared in writing that it gives up the hearing. */
  readonly waived?: boolean;
  readonly noticeSentOn?: IsoDate | null;
  readonly scheduledOn?: IsoDate | null;
  readonly heldOn?: IsoDate | null;
  readonly hostOfficerId?: string | null;
};

export type LegalReviewStatus = 'PENDING' | 'APPROVED' | 'RETURNED' | 'REFERRED' | 'SUPERSEDED';

export type DecisionFact = {
  readonly decidedOn: IsoDate;
  /** The party was present when the decision was announced (else art. 61's 7 working days apply). */
  readonly partyPresent: boolean;
  readonly servedOn?: IsoDate | null;
  readonly publishedOn?: IsoDate | null;
  /** The decision was revoked or changed: its publicity must be withdrawn. */
  readonly revokedOn?: IsoDate | null;
  readonly withdrawnOn?: IsoDate | null;
};

export type CaseFacts = {
  readonly type: CaseType;
  readonly procedure: CaseProcedure;
  readonly state: string;
  readonly filedOn: IsoDate;
  readonly isMajor: boolean;
  readonly isComplex: boolean;
  readonly parties: readonly { readonly kind: PartyKind }[];
  readonly officers: readonly CaseOfficerFact[];
  readonly intendedPenalty?: IntendedPenalty | null;
  /** Summary procedure: the officers record that the facts are conclusive and have a legal basis (art. 51). */
  readonly factsConclusive?: boolean;
  readonly rightsNotice?: RightsNoticeFact | null;
  readonly hearing?: HearingFact | null;
  /** The latest legal review of the decision (review engine, subject ENFORCEMENT_DECISION). */
  readonly legalReview?: { readonly status: LegalReviewStatus } | null;
  readonly collectiveDecision?: { readonly heldOn: IsoDate } | null;
  readonly decision?: DecisionFact | null;
  /** Why no penalty is given (不罚清单 item, facts not established…). */
  readonly noPenaltyReason?: string | null;
  readonly educationRecorded?: boolean;
  /** Extension of the art. 60 limit, approved by the head. */
  readonly extension?: { readonly approved: boolean; readonly until: IsoDate } | null;
  /**
   * The legal reviewers of the decision: a round pending (open to every legal reviewer until one
   * decides it), and the accounts that decided a round.
   */
  readonly legalReviewers?: { readonly open: boolean; readonly userIds: readonly string[] } | null;
};

export type RecordingFact = { readonly kind: EvidenceKind };

export type AdvanceContext = {
  readonly actorRoles: readonly Role[];
  /** The acting account: only the case's own officers, head and appointed host act on it (case-actor.ts). */
  readonly actorUserId: string | null;
  readonly today: IsoDate;
  readonly calendar: WorkingCalendar;
  readonly settings: EnforcementSettings;
  /** Defaults to hearingThresholdsFrom(settings). */
  readonly hearingThresholds?: HearingThresholds;
  readonly templateOptions?: TemplateOptions;
  /** Evidence attached to the current step, which the move completes. */
  readonly currentStepRecordings?: readonly RecordingFact[];
  /** Recorded reason why the current step has no audio-video recording. */
  readonly recordingWaiverReason?: string | null;
};
