-- Figures as of their year (issue 16, ADR 0028): every counted thing that changes state carries its
-- validity period, so retiring a device or closing an institution today never changes a past year.

-- CreateEnum
CREATE TYPE "OfficerPeriodKind" AS ENUM ('SERVICE', 'LEGAL_STAFF');

-- AlterTable
ALTER TABLE "AnnualReport" ADD COLUMN     "publishedVersion" INTEGER;

-- AlterTable: devices are in service from their registration day; a device already inactive is taken
-- as retired on the day of this migration (its real day was never recorded).
ALTER TABLE "RecordingDevice" ADD COLUMN     "inServiceFrom" DATE,
ADD COLUMN     "retiredOn" DATE;
UPDATE "RecordingDevice" SET "inServiceFrom" = ("createdAt" + interval '8 hours')::date;
UPDATE "RecordingDevice" SET "retiredOn" = (now() AT TIME ZONE 'Asia/Shanghai')::date WHERE NOT "active";
ALTER TABLE "RecordingDevice" ALTER COLUMN "inServiceFrom" SET NOT NULL;
ALTER TABLE "RecordingDevice" ADD CONSTRAINT "RecordingDevice_active_retiredOn_check" CHECK ("active" = ("retiredOn" IS NULL));
ALTER TABLE "RecordingDevice" ADD CONSTRAINT "RecordingDevice_retiredOn_after_check" CHECK ("retiredOn" IS NULL OR "retiredOn" >= "inServiceFrom");

-- AlterTable: an institution already inactive is taken as closed on the day of this migration.
ALTER TABLE "SupervisedEntity" ADD COLUMN     "closedOn" DATE;
UPDATE "SupervisedEntity" SET "closedOn" = (now() AT TIME ZONE 'Asia/Shanghai')::date WHERE NOT "active";
ALTER TABLE "SupervisedEntity" ADD CONSTRAINT "SupervisedEntity_active_closedOn_check" CHECK ("active" = ("closedOn" IS NULL));

-- CreateTable
CREATE TABLE "OfficerPeriod" (
    "id" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "kind" "OfficerPeriodKind" NOT NULL,
    "fromOn" DATE,
    "toOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficerPeriod_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OfficerPeriod_order_check" CHECK ("fromOn" IS NULL OR "toOn" IS NULL OR "toOn" >= "fromOn")
);

-- CreateIndex
CREATE INDEX "OfficerPeriod_officerId_kind_idx" ON "OfficerPeriod"("officerId", "kind");

-- AddForeignKey
ALTER TABLE "OfficerPeriod" ADD CONSTRAINT "OfficerPeriod_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: every officer served and every legal-affairs officer was one since before the ledger
-- (fromOn NULL); an officer already inactive is taken as having left on the day of this migration.
INSERT INTO "OfficerPeriod" ("id", "officerId", "kind", "fromOn", "toOn")
SELECT 'svc_' || o."id", o."id", 'SERVICE', NULL, CASE WHEN o."active" THEN NULL ELSE (now() AT TIME ZONE 'Asia/Shanghai')::date END FROM "Officer" o;
INSERT INTO "OfficerPeriod" ("id", "officerId", "kind", "fromOn", "toOn")
SELECT 'legal_' || o."id", o."id", 'LEGAL_STAFF', NULL, NULL FROM "Officer" o WHERE o."isLegalStaff";

GRANT SELECT, INSERT, UPDATE, DELETE ON "OfficerPeriod" TO portal_app;
