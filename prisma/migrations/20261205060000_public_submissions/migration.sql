-- Public submissions (issue 13): information requests submitted at /apply and tracked at /track,
-- the statutory clock's events, delivered files, and the per-address rate-limit buckets.

-- CreateEnum
CREATE TYPE "WithholdingReason" AS ENUM ('STATE_SECRET', 'LAW_PROHIBITS', 'SECURITY_STABILITY', 'THIRD_PARTY_RIGHTS', 'INTERNAL_AFFAIRS', 'PROCESS_INFORMATION', 'ENFORCEMENT_FILE', 'ADMINISTRATIVE_QUERY');

-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('STAFF', 'ONLINE');

-- CreateEnum
CREATE TYPE "RequestFileKind" AS ENUM ('ANSWER_LETTER', 'DELIVERED');

-- AlterTable
ALTER TABLE "InformationRequest" ADD COLUMN     "applicantName" TEXT,
ADD COLUMN     "channel" "RequestChannel" NOT NULL DEFAULT 'STAFF',
ADD COLUMN     "consultationEndedOn" DATE,
ADD COLUMN     "consultationStartedOn" DATE,
ADD COLUMN     "contactAddress" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "correctionNote" TEXT,
ADD COLUMN     "correctionRepliedOn" DATE,
ADD COLUMN     "correctionRequestedOn" DATE,
ADD COLUMN     "delivery" TEXT,
ADD COLUMN     "extendedOn" DATE,
ADD COLUMN     "extensionApprovedById" TEXT,
ADD COLUMN     "extensionDays" INTEGER,
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "idNumber" TEXT,
ADD COLUMN     "idType" TEXT,
ADD COLUMN     "preferredForm" TEXT,
ADD COLUMN     "purpose" TEXT,
ADD COLUMN     "trackingCodeHash" TEXT,
ADD COLUMN     "withholdingReason" "WithholdingReason";

-- CreateTable
CREATE TABLE "InformationRequestFile" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" "RequestFileKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InformationRequestFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicRateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicRateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "InformationRequest_trackingCodeHash_key" ON "InformationRequest"("trackingCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "InformationRequestFile_storageKey_key" ON "InformationRequestFile"("storageKey");

-- CreateIndex
CREATE INDEX "InformationRequestFile_requestId_idx" ON "InformationRequestFile"("requestId");

-- CreateIndex
CREATE INDEX "PublicRateLimitBucket_windowStart_idx" ON "PublicRateLimitBucket"("windowStart");

-- AddForeignKey
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_extensionApprovedById_fkey" FOREIGN KEY ("extensionApprovedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequestFile" ADD CONSTRAINT "InformationRequestFile_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 举报 / 投诉 submitted at /report (issue 13).
-- CreateEnum
CREATE TYPE "PublicReportKind" AS ENUM ('ILLEGAL_ORG', 'COMPLAINT');

-- CreateEnum
CREATE TYPE "PublicReportStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'CLOSED');

-- CreateTable
CREATE TABLE "PublicReport" (
    "id" TEXT NOT NULL,
    "kind" "PublicReportKind" NOT NULL,
    "trackingCodeHash" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "status" "PublicReportStatus" NOT NULL DEFAULT 'RECEIVED',
    "anonymous" BOOLEAN NOT NULL DEFAULT true,
    "reporterName" TEXT,
    "reporterContact" TEXT,
    "organisationName" TEXT,
    "place" TEXT,
    "officerName" TEXT,
    "caseReference" TEXT,
    "description" TEXT NOT NULL,
    "acceptedOn" DATE,
    "watchedOrganisationId" TEXT,
    "caseId" TEXT,
    "answer" TEXT,
    "closedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicReportFile" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicReportFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicReport_trackingCodeHash_key" ON "PublicReport"("trackingCodeHash");

-- CreateIndex
CREATE INDEX "PublicReport_status_receivedOn_idx" ON "PublicReport"("status", "receivedOn");

-- CreateIndex
CREATE UNIQUE INDEX "PublicReportFile_storageKey_key" ON "PublicReportFile"("storageKey");

-- CreateIndex
CREATE INDEX "PublicReportFile_reportId_idx" ON "PublicReportFile"("reportId");

-- AddForeignKey
ALTER TABLE "PublicReport" ADD CONSTRAINT "PublicReport_watchedOrganisationId_fkey" FOREIGN KEY ("watchedOrganisationId") REFERENCES "WatchedOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicReport" ADD CONSTRAINT "PublicReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicReportFile" ADD CONSTRAINT "PublicReportFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PublicReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
