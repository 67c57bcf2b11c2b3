-- The statutory yearly submissions with their receipts (issue 16, ADR 0028).

-- CreateEnum
CREATE TYPE "SubmissionStep" AS ENUM ('RULE_OF_LAW_TO_PARTY_AND_GOVERNMENT', 'RULE_OF_LAW_TO_HIGHER_DEPARTMENT', 'RULE_OF_LAW_PUBLISHED', 'ENFORCEMENT_STATISTICS', 'DISCLOSURE_ANNUAL_REPORT');

-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "step" "SubmissionStep" NOT NULL,
    "doneOn" DATE NOT NULL,
    "receipt" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportSubmission_year_step_key" ON "ReportSubmission"("year", "step");


GRANT SELECT, INSERT, UPDATE, DELETE ON "ReportSubmission" TO portal_app;
