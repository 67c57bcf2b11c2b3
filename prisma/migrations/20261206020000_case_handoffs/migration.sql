-- Explicit hand-offs on enforcement cases (报请决定, 提请听证, 送法制审核): issue 14, ADR 0025.

-- CreateEnum
CREATE TYPE "HandoffKind" AS ENUM ('DECISION', 'HEARING', 'REVIEW');

-- CreateTable
CREATE TABLE "CaseHandoff" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "HandoffKind" NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseHandoff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseHandoff_toUserId_createdAt_idx" ON "CaseHandoff"("toUserId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseHandoff_caseId_idx" ON "CaseHandoff"("caseId");

-- AddForeignKey
ALTER TABLE "CaseHandoff" ADD CONSTRAINT "CaseHandoff_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "CaseHandoff" ADD CONSTRAINT "CaseHandoff_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandoff" ADD CONSTRAINT "CaseHandoff_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A hand-off is a record: the portal's role may add and read them, never change or remove them.
GRANT SELECT, INSERT ON "CaseHandoff" TO portal_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "CaseHandoff" FROM portal_app;
