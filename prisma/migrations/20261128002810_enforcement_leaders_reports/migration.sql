/*
  Warnings:

  - Added the required column `chainSeq` to the `CaseStep` table without a default value. This is not possible if the table is not empty.
  - Added the required column `chainSeq` to the `EvidenceItem` table without a default value. This is not possible if the table is not empty.

*/
-- CreateEnum
CREATE TYPE "WatchStatus" AS ENUM ('SUSPECTED', 'INVESTIGATING', 'BANNED', 'CLEARED');

-- CreateEnum
CREATE TYPE "LeadershipActivityKind" AS ENUM ('WORK_REPORT_HEARD', 'STUDY_SESSION', 'LAW_REPORT');

-- CreateEnum
CREATE TYPE "ResponsibilityLevel" AS ENUM ('PRINCIPAL', 'IN_CHARGE', 'SECTION');

-- CreateEnum
CREATE TYPE "PlanTaskStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "ApplicantKind" AS ENUM ('PERSON', 'BUSINESS', 'RESEARCH', 'SOCIAL_ORG', 'LEGAL_SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "RequestOutcome" AS ENUM ('PENDING', 'DISCLOSED_IN_FULL', 'DISCLOSED_IN_PART', 'NOT_DISCLOSED', 'UNABLE_TO_PROVIDE', 'NOT_PROCESSED', 'OTHER');

-- CreateEnum
CREATE TYPE "AnnualReportKind" AS ENUM ('RULE_OF_LAW');

-- CreateEnum
CREATE TYPE "DiscretionSeverity" AS ENUM ('MINOR', 'GENERAL', 'SERIOUS');

-- CreateEnum
CREATE TYPE "NoPenaltyOutcome" AS ENUM ('SHALL_NOT', 'MAY_NOT');

-- AlterTable
ALTER TABLE "CaseStep" ADD COLUMN     "chainSeq" INTEGER NOT NULL,
ADD COLUMN     "recordingWaiverReason" TEXT;

-- AlterTable
ALTER TABLE "CollectiveDecision" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "publicityNote" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "EnforcementCase" ADD COLUMN     "chainHead" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chainLength" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "collectiveDecisionNote" TEXT,
ADD COLUMN     "collectiveDecisionOn" DATE,
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decidedOn" DATE,
ADD COLUMN     "decidedPenalty" JSONB,
ADD COLUMN     "decisionConclusion" TEXT,
ADD COLUMN     "decisionNumber" TEXT,
ADD COLUMN     "discretionReason" TEXT,
ADD COLUMN     "educationRecorded" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "executedOn" DATE,
ADD COLUMN     "extensionApproved" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "extensionUntil" DATE,
ADD COLUMN     "factsConclusive" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hearingHeldOn" DATE,
ADD COLUMN     "hearingHostOfficerId" TEXT,
ADD COLUMN     "hearingNoticeSentOn" DATE,
ADD COLUMN     "hearingRequestedOn" DATE,
ADD COLUMN     "hearingScheduledOn" DATE,
ADD COLUMN     "hearingWaived" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isComplex" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noPenaltyReason" TEXT,
ADD COLUMN     "partyPresentAtDecision" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publicImpact" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "revocationReason" TEXT,
ADD COLUMN     "revokedOn" DATE,
ADD COLUMN     "rightsNoticeHearingStated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rightsNoticeServedOn" DATE,
ADD COLUMN     "servedOn" DATE,
ADD COLUMN     "violationType" TEXT,
ADD COLUMN     "watchedOrganisationId" TEXT;

-- AlterTable
ALTER TABLE "EvidenceItem" ADD COLUMN     "chainSeq" INTEGER NOT NULL,
ADD COLUMN     "uploadedById" TEXT;

-- CreateTable
CREATE TABLE "WatchedOrganisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceDetail" TEXT NOT NULL DEFAULT '',
    "status" "WatchStatus" NOT NULL DEFAULT 'SUSPECTED',
    "notedOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "exposureDisclosureId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WatchedOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeachingCase" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "disclosureId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeachingCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadershipActivity" (
    "id" TEXT NOT NULL,
    "kind" "LeadershipActivityKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "attendees" TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadershipActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleOfLawResponsibility" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "level" "ResponsibilityLevel" NOT NULL,
    "personName" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "duties" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleOfLawResponsibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentItem" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 0,
    "result" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTask" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" DATE,
    "status" "PlanTaskStatus" NOT NULL DEFAULT 'PLANNED',
    "outcome" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationRequest" (
    "id" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "applicantKind" "ApplicantKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "outcome" "RequestOutcome" NOT NULL DEFAULT 'PENDING',
    "outcomeReason" TEXT,
    "answeredOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InformationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceDecision" (
    "id" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "matter" TEXT NOT NULL,
    "applicant" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "kind" "AnnualReportKind" NOT NULL DEFAULT 'RULE_OF_LAW',
    "year" INTEGER NOT NULL,
    "disclosureId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscretionBand" (
    "id" TEXT NOT NULL,
    "violationType" TEXT NOT NULL,
    "violationName" TEXT NOT NULL,
    "severity" "DiscretionSeverity" NOT NULL,
    "minFine" INTEGER NOT NULL,
    "maxFine" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscretionBand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoPenaltyListItem" (
    "id" TEXT NOT NULL,
    "violationType" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "conditions" TEXT[],
    "outcome" "NoPenaltyOutcome" NOT NULL,
    "citation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoPenaltyListItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WatchedOrganisation_exposureDisclosureId_key" ON "WatchedOrganisation"("exposureDisclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "TeachingCase_disclosureId_key" ON "TeachingCase"("disclosureId");

-- CreateIndex
CREATE INDEX "LeadershipActivity_heldOn_idx" ON "LeadershipActivity"("heldOn");

-- CreateIndex
CREATE INDEX "RuleOfLawResponsibility_year_idx" ON "RuleOfLawResponsibility"("year");

-- CreateIndex
CREATE INDEX "AssessmentItem_year_idx" ON "AssessmentItem"("year");

-- CreateIndex
CREATE INDEX "PlanTask_year_idx" ON "PlanTask"("year");

-- CreateIndex
CREATE INDEX "InformationRequest_receivedOn_idx" ON "InformationRequest"("receivedOn");

-- CreateIndex
CREATE INDEX "LicenceDecision_decidedOn_idx" ON "LicenceDecision"("decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_disclosureId_key" ON "AnnualReport"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_kind_year_key" ON "AnnualReport"("kind", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReportVersion_reportId_version_key" ON "AnnualReportVersion"("reportId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DiscretionBand_violationType_severity_key" ON "DiscretionBand"("violationType", "severity");

-- CreateIndex
CREATE INDEX "CollectiveDecision_heldOn_idx" ON "CollectiveDecision"("heldOn");

-- CreateIndex
CREATE INDEX "EnforcementCase_decidedOn_idx" ON "EnforcementCase"("decidedOn");

-- CreateIndex
CREATE INDEX "EnforcementCase_closedOn_idx" ON "EnforcementCase"("closedOn");

-- CreateIndex
CREATE INDEX "EvidenceItem_deviceId_idx" ON "EvidenceItem"("deviceId");

-- AddForeignKey
ALTER TABLE "EnforcementCase" ADD CONSTRAINT "EnforcementCase_watchedOrganisationId_fkey" FOREIGN KEY ("watchedOrganisationId") REFERENCES "WatchedOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeachingCase" ADD CONSTRAINT "TeachingCase_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReportVersion" ADD CONSTRAINT "AnnualReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The case file is append-only for the portal: steps and evidence are never edited or removed
-- (the hash chain and its verifier detect changes made by anyone else).
REVOKE UPDATE, DELETE, TRUNCATE ON "CaseStep" FROM portal_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "EvidenceItem" FROM portal_app;

-- Settings for evidence, recording, the major-case catalogue and the bureau (lib/domain/settings/defaults.ts).
INSERT INTO "Setting" ("key", "value", "description", "updatedAt") VALUES
  ('evidence.maxMegabytes', '2048'::jsonb, '单个执法证据文件大小上限（MB）', CURRENT_TIMESTAMP),
  ('recording.requiredSteps', '[]'::jsonb, '另行规定必须音像记录的执法环节（案件类型.环节，如 PENALTY.INVESTIGATION）', CURRENT_TIMESTAMP),
  ('major.caseTypes', '["ILLEGAL_SOCIAL_ORG_BAN"]'::jsonb, '一律属于重大执法决定的案件类型', CURRENT_TIMESTAMP),
  ('major.fineThresholdPerson', '10000'::jsonb, '对个人罚款达到此金额为重大执法决定（元）', CURRENT_TIMESTAMP),
  ('major.fineThresholdOrganisation', '100000'::jsonb, '对单位罚款达到此金额为重大执法决定（元）', CURRENT_TIMESTAMP),
  ('major.confiscationThreshold', '100000'::jsonb, '没收违法所得或财物价值达到此金额为重大执法决定（元）', CURRENT_TIMESTAMP),
  ('major.penaltyKinds', '["REVOKE_LICENCE","ORDER_SUSPENSION","ORDER_CLOSURE"]'::jsonb, '属于重大执法决定的处罚种类', CURRENT_TIMESTAMP),
  ('bureau.name', '"市中区民政局"'::jsonb, '执法主体名称（公示、报告使用）', CURRENT_TIMESTAMP),
  ('bureau.complaintLine', '"12345"'::jsonb, '向社会公开的投诉举报电话', CURRENT_TIMESTAMP)
ON CONFLICT ("key") DO NOTHING;
