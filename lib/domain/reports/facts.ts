// What the report generator reads, gathered by lib/queries/reports from the records (pure types).
import type { LegalStaffRatio } from '@/lib/domain/officers/legal-staff-ratio';
import type { ReportFigure } from './model';

export type ResponsibilityLevel = 'PRINCIPAL' | 'IN_CHARGE' | 'SECTION';

export type LeadersFacts = {
  responsibilities: { level: ResponsibilityLevel; personName: string; post: string; duties: string }[];
  assessmentItems: { item: string; weight: number; result: string }[];
  complaintLine: string;
};

export type PlanTaskFact = {
  heading: string;
  task: string;
  owner: string;
  dueOn: string | null;
  status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
  outcome: string;
};

export type ReportFacts = {
  year: number;
  bureau: string;
  // Every figure of the metric registry for the year, by key.
  figures: Record<string, ReportFigure>;
  leaders: LeadersFacts;
  // Tasks planned for year + 1 (section 四) and those planned last year for this year (accounted for in 一).
  planNext: PlanTaskFact[];
  planThisYear: PlanTaskFact[];
  // Advisers whose term overlapped the year (the adviser register).
  advisers: { name: string; firm: string }[];
  // The officers page's legal-staff ratio, on 31 December of the year (from dated periods).
  legalStaff: LegalStaffRatio;
};

// The registry keys the generator reads, by meaning, in one place.
export const FIGURE_KEYS = {
  published: 'disclosures.published',
  bodyCameras: 'devices.bodyCameras',
  cameras: 'devices.cameras',
  enforcementOfficers: 'officers.enforcement',
  hearingHosts: 'officers.hearingHosts',
  certifiedOnPlatform: 'officers.certifiedAndOnPlatform',
  trainings: 'trainings.held',
  offlineEvents: 'publicity.offlineEvents',
  leaflets: 'publicity.leaflets',
  onlinePublications: 'publicity.onlinePublications',
  elderlyInspections: 'inspections.elderlyCare',
  jointInstitutions: 'inspections.jointElderlyCareInstitutions',
  elderlyInstitutions: 'entities.elderlyCare',
  rectifications: 'rectifications.ordered',
  evidence: 'evidence.items',
  responsibilities: 'publicity.responsibilities',
  advisers: 'advisers.retained',
  reviewsDecided: 'reviews.decided',
  majorReviewed: 'cases.majorReviewed',
} as const;
