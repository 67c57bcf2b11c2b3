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
