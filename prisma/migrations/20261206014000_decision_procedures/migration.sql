-- The statutory procedures of a major administrative decision (issue 12): public participation,
-- expert argumentation, risk assessment, collective discussion (linked to the leadership register)
-- and the post-implementation evaluation; legality review is the review engine's approval.
-- Records are kept: the portal's role may add them, never change or remove them.
-- CreateEnum
CREATE TYPE "DecisionProcedureKind" AS ENUM ('PUBLIC_PARTICIPATION', 'EXPERT_ARGUMENTATION', 'RISK_ASSESSMENT', 'COLLECTIVE_DISCUSSION', 'POST_EVALUATION');

-- CreateTable
CREATE TABLE "DecisionProcedure" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "kind" "DecisionProcedureKind" NOT NULL,
    "heldFrom" DATE,
    "heldTo" DATE,
    "summary" TEXT NOT NULL,
    "exemptionReason" TEXT,
    "collectiveDecisionId" TEXT,
    "attachmentId" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionProcedure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DecisionProcedure_decisionId_kind_key" ON "DecisionProcedure"("decisionId", "kind");

-- AddForeignKey
ALTER TABLE "DecisionProcedure" ADD CONSTRAINT "DecisionProcedure_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "MajorAdminDecision"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "DecisionProcedure" ADD CONSTRAINT "DecisionProcedure_collectiveDecisionId_fkey" FOREIGN KEY ("collectiveDecisionId") REFERENCES "CollectiveDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



GRANT SELECT, INSERT ON "DecisionProcedure" TO portal_app;
REVOKE UPDATE, DELETE ON "DecisionProcedure" FROM portal_app;
