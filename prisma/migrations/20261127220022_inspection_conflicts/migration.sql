-- AlterTable
ALTER TABLE "Rectification" ADD COLUMN     "recheckDueOn" DATE;

-- CreateTable
CREATE TABLE "OfficerConflict" (
    "officerId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficerConflict_pkey" PRIMARY KEY ("officerId","entityId")
);

-- AddForeignKey
ALTER TABLE "OfficerConflict" ADD CONSTRAINT "OfficerConflict_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerConflict" ADD CONSTRAINT "OfficerConflict_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "SupervisedEntity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
