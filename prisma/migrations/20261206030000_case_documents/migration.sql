-- Enforcement documents (issue 15, docs/decisions/0027-enforcement-documents.md): versioned
-- templates, per-prefix-and-year number counters, and the documents generated for a case.

-- CreateTable
CREATE TABLE "DocumentTemplate" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateTable
CREATE TABLE "CaseDocument" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "partyId" TEXT,
    "number" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "serial" INTEGER NOT NULL,
    "templateVersion" INTEGER NOT NULL,
    "organ" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "pdfEvidenceId" TEXT NOT NULL,
    "docxEvidenceId" TEXT NOT NULL,
    "pdfSha256" TEXT NOT NULL,
    "docxSha256" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentTemplate_type_version_key" ON "DocumentTemplate"("type", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_number_key" ON "CaseDocument"("number");

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_verificationCode_key" ON "CaseDocument"("verificationCode");

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_pdfEvidenceId_key" ON "CaseDocument"("pdfEvidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_docxEvidenceId_key" ON "CaseDocument"("docxEvidenceId");

-- CreateIndex
CREATE INDEX "CaseDocument_caseId_idx" ON "CaseDocument"("caseId");

-- CreateIndex
CREATE INDEX "CaseDocument_pdfSha256_idx" ON "CaseDocument"("pdfSha256");

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_prefix_year_serial_key" ON "CaseDocument"("prefix", "year", "serial");

-- AddForeignKey
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- The portal role: templates are versioned (a change is a new row) and generated documents are
-- never edited or removed; only the counters are updated (inside the generating transaction).
GRANT SELECT, INSERT ON "DocumentTemplate", "CaseDocument" TO portal_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "DocumentTemplate", "CaseDocument" FROM portal_app;
GRANT SELECT, INSERT, UPDATE ON "DocumentCounter" TO portal_app;
REVOKE DELETE, TRUNCATE ON "DocumentCounter" FROM portal_app;
