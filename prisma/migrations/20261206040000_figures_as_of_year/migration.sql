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

-- AlterTable: an institution already inactive is taken as closed on the day of this migration.
ALTER TABLE "SupervisedEntity" ADD COLUMN     "closedOn" DATE;
UPDATE "SupervisedEntity" SET "closedOn" = (now() AT TIME ZONE 'Asia/Shanghai')::date WHERE NOT "active";

-- CreateTable
CREATE TABLE "OfficerPeriod" (
    "id" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "kind" "OfficerPeriodKind" NOT NULL,
    "fromOn" DATE,
    "toOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficerPeriod_pkey" PRIMARY KEY ("id")
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

-- The flag and the date say the same thing, whoever writes the row (triggers rather than CHECK
-- constraints, which Prisma's schema diff does not model).
CREATE FUNCTION "validity_dates_agree"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'RecordingDevice' THEN
    IF NEW."active" <> (NEW."retiredOn" IS NULL) THEN
      RAISE EXCEPTION 'RecordingDevice %: active must be false exactly when retiredOn is set', NEW."id" USING ERRCODE = 'check_violation';
    END IF;
    IF NEW."retiredOn" < NEW."inServiceFrom" THEN
      RAISE EXCEPTION 'RecordingDevice %: retiredOn before inServiceFrom', NEW."id" USING ERRCODE = 'check_violation';
    END IF;
  ELSIF TG_TABLE_NAME = 'SupervisedEntity' THEN
    IF NEW."active" <> (NEW."closedOn" IS NULL) THEN
      RAISE EXCEPTION 'SupervisedEntity %: active must be false exactly when closedOn is set', NEW."id" USING ERRCODE = 'check_violation';
    END IF;
  ELSIF TG_TABLE_NAME = 'OfficerPeriod' THEN
    IF NEW."toOn" < NEW."fromOn" THEN
      RAISE EXCEPTION 'OfficerPeriod %: toOn before fromOn', NEW."id" USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "RecordingDevice_validity" BEFORE INSERT OR UPDATE ON "RecordingDevice" FOR EACH ROW EXECUTE FUNCTION "validity_dates_agree"();
CREATE TRIGGER "SupervisedEntity_validity" BEFORE INSERT OR UPDATE ON "SupervisedEntity" FOR EACH ROW EXECUTE FUNCTION "validity_dates_agree"();
CREATE TRIGGER "OfficerPeriod_validity" BEFORE INSERT OR UPDATE ON "OfficerPeriod" FOR EACH ROW EXECUTE FUNCTION "validity_dates_agree"();
