import 'server-only';
import { messages } from '@/lib/i18n/messages';

// Which figures and charts the dashboard shows, area by area (keys of the metrics registry).
const a = messages.dashboard.areas;
const c = messages.dashboard.charts;

export type DashboardChartSpec = { id: string; title: string; keys: readonly string[] };
export type DashboardAreaSpec = { id: string; title: string; figures: readonly string[]; charts: readonly DashboardChartSpec[] };

const prefixed = (prefix: string, names: readonly string[]) => names.map((name) => `${prefix}.${name}`);

export const DASHBOARD_AREAS: readonly DashboardAreaSpec[] = [
  {
    id: 'disclosure',
    title: a.disclosure,
    figures: ['disclosures.published', 'disclosures.late', 'disclosures.withdrawn', 'requests.received', 'requests.answered'],
    charts: [
      {
        id: 'disclosure-categories',
        title: c.disclosureCategories,
        keys: prefixed('disclosures.category', [
          'WORK_NEWS',
          'POLICY_REGULATION',
          'POLICY_INTERPRETATION',
          'NORMATIVE_DOCUMENT',
          'FUNCTIONS',
          'NOTICE',
          'ENFORCEMENT_PUBLICITY',
          'ANNUAL_REPORT',
        ]),
      },
    ],
  },
  {
    id: 'cases',
    title: a.cases,
    figures: [
      'cases.filed',
      'cases.decided',
      'cases.noPenalty',
      'cases.hearingsHeld',
      'cases.major',
      'cases.majorReviewed',
      'cases.overdue',
      'cases.summary',
      'cases.revoked',
      'cases.closed',
    ],
    charts: [
      {
        id: 'case-types',
        title: c.caseTypes,
        keys: prefixed('cases.type', [
          'ADMIN_INSPECTION',
          'PENALTY',
          'COERCIVE_MEASURE',
          'ILLEGAL_SOCIAL_ORG_BAN',
          'ASSISTANCE_HOUSEHOLD_SURVEY',
          'ECONOMIC_STATUS_VERIFICATION',
          'VAGRANT_RESCUE',
          'FUNERAL_REFORM_INSPECTION',
          'ELDERLY_CARE_SUPERVISION',
        ]),
      },
    ],
  },
  {
    id: 'recording',
    title: a.recording,
    figures: ['devices.bodyCameras', 'devices.cameras', 'devices.loans', 'evidence.items'],
    charts: [{ id: 'evidence-kinds', title: c.evidenceKinds, keys: prefixed('evidence.kind', ['VIDEO', 'AUDIO', 'PHOTO', 'DOCUMENT']) }],
  },
  {
    id: 'officers',
    title: a.officers,
    figures: ['officers.enforcement', 'officers.hearingHosts', 'officers.certifiedAndOnPlatform', 'officers.trained', 'trainings.held'],
    charts: [],
  },
  {
    id: 'reviews',
    title: a.reviews,
    figures: ['reviews.decided', 'reviews.onTime', 'reviews.late'],
    charts: [
      { id: 'review-subjects', title: c.reviewSubjects, keys: prefixed('reviews.subject', ['DISCLOSURE', 'ENFORCEMENT_DECISION', 'MAJOR_ADMIN_DECISION', 'ADMIN_CONTRACT']) },
      { id: 'review-outcomes', title: c.reviewOutcomes, keys: prefixed('reviews.outcome', ['APPROVED', 'RETURNED', 'REFERRED']) },
    ],
  },
  {
    id: 'inspections',
    title: a.inspections,
    figures: [
      'inspections.total',
      'inspections.elderlyCare',
      'inspections.jointElderlyCareInstitutions',
      'entities.elderlyCare',
      'entities.elderlyCareUncovered',
      'rectifications.ordered',
      'rectifications.open',
      'rectifications.overdue',
    ],
    charts: [{ id: 'inspection-kinds', title: c.inspectionKinds, keys: prefixed('inspections.kind', ['ROUTINE', 'RANDOM', 'JOINT', 'SPECIAL']) }],
  },
  {
    id: 'publicity',
    title: a.publicity,
    figures: [
      'publicity.offlineEvents',
      'publicity.leaflets',
      'publicity.onlinePublications',
      'publicity.festivalCampaigns',
      'publicity.onlineReach',
      'publicity.responsibilities',
    ],
    charts: [],
  },
  {
    id: 'leadership',
    title: a.leadership,
    figures: [
      'collectiveDecisions.held',
      'collectiveDecisions.publicised',
      'leadership.workReports',
      'leadership.studySessions',
      'leadership.lawReports',
      'leadership.responsibilities',
      'leadership.assessmentItems',
      'plan.tasks',
      'plan.done',
      'plan.nextYear',
    ],
    charts: [
      {
        id: 'decision-categories',
        title: c.decisionCategories,
        keys: prefixed('collectiveDecisions.category', ['WORK_ARRANGEMENT', 'PERSONNEL', 'FUNDS', 'PROCUREMENT', 'MAJOR_PROJECT']),
      },
    ],
  },
];

export function dashboardKeys(): string[] {
  return [...new Set(DASHBOARD_AREAS.flatMap((area) => [...area.figures, ...area.charts.flatMap((chart) => chart.keys)]))];
}
