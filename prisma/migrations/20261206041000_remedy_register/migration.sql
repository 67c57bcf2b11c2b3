-- The register of administrative reconsideration and litigation (issue 16, ADR 0028).

-- CreateEnum
CREATE TYPE "RemedyKind" AS ENUM ('RECONSIDERATION', 'LITIGATION');

-- CreateEnum
CREATE TYPE "RemedyOutcome" AS ENUM ('UPHELD', 'DISMISSED', 'REVOKED', 'VARIED', 'CONFIRMED_ILLEGAL', 'ORDERED_TO_PERFORM', 'SETTLED', 'WITHDRAWN', 'TERMINATED');

-- CreateTable
CREATE TABLE "RemedyCase" (
    "id" TEXT NOT NULL,
    "kind" "RemedyKind" NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "organ" TEXT NOT NULL,
    "claimant" TEXT NOT NULL,
    "afterReconsideration" BOOLEAN NOT NULL DEFAULT false,
    "enforcementCaseId" TEXT,
    "informationRequestId" TEXT,
    "disclosureId" TEXT,
    "challengedDecision" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "answerDueOn" DATE NOT NULL,
    "answeredOn" DATE,
    "hearingOn" DATE,
    "headAppeared" BOOLEAN,
    "outcome" "RemedyOutcome",
    "concludedOn" DATE,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemedyCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RemedyCase_receivedOn_idx" ON "RemedyCase"("receivedOn");

-- AddForeignKey
ALTER TABLE "RemedyCase" ADD CONSTRAINT "RemedyCase_enforcementCaseId_fkey" FOREIGN KEY ("enforcementCaseId") REFERENCES "EnforcementCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemedyCase" ADD CONSTRAINT "RemedyCase_informationRequestId_fkey" FOREIGN KEY ("informationRequestId") REFERENCES "InformationRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemedyCase" ADD CONSTRAINT "RemedyCase_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE SET NULL ON UPDATE CASCADE;


GRANT SELECT, INSERT, UPDATE, DELETE ON "RemedyCase" TO portal_app;
