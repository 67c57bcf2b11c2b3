-- ─────────────── Records that prove who wrote them ───────────────
-- docs/decisions/0017-record-authorship-mac.md. Case steps, evidence items and audit events carry a
-- seal: an HMAC-SHA256, computed by the application with a key the database never holds
-- (RECORD_MAC_KEY), over every column of the row and its chain link, plus the key's id. A row
-- forged or rewritten directly in the database — even by the owner, with the hash chain
-- recomputed — has no valid seal, and the verifiers report it.

ALTER TABLE "AuditEvent" ADD COLUMN "mac" TEXT, ADD COLUMN "macKeyId" TEXT;

-- The case-file hash now covers every column (hashVersion 2). Rows written before keep the hash
-- they were written with (hashVersion 1); `npm run records:sign` seals them once.
ALTER TABLE "CaseStep" ADD COLUMN "hashVersion" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "mac" TEXT, ADD COLUMN "macKeyId" TEXT;
ALTER TABLE "CaseStep" ALTER COLUMN "hashVersion" DROP DEFAULT;
ALTER TABLE "EvidenceItem" ADD COLUMN "hashVersion" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "mac" TEXT, ADD COLUMN "macKeyId" TEXT;
ALTER TABLE "EvidenceItem" ALTER COLUMN "hashVersion" DROP DEFAULT;

-- A seal may be set once on an unsealed row and nothing else changed with it: the application seals
-- an audit row right after the insert trigger has chained it (same transaction), and
-- `npm run records:sign` seals rows written before this migration. Nothing else of these rows may be
-- updated by the portal's role (column privileges), and a set seal never changes (triggers, which
-- hold for the owner too).
GRANT UPDATE ("mac", "macKeyId") ON "AuditEvent", "CaseStep", "EvidenceItem" TO portal_app;

CREATE FUNCTION record_seal_once() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.mac IS NOT NULL OR NEW.mac IS NULL OR NEW."macKeyId" IS NULL
     OR (to_jsonb(NEW) - 'mac' - 'macKeyId') IS DISTINCT FROM (to_jsonb(OLD) - 'mac' - 'macKeyId') THEN
    RAISE EXCEPTION '%: a seal is set once, on an unsealed row, and nothing else with it', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER case_step_seal_once BEFORE UPDATE OF "mac", "macKeyId" ON "CaseStep"
  FOR EACH ROW EXECUTE FUNCTION record_seal_once();
CREATE TRIGGER evidence_item_seal_once BEFORE UPDATE OF "mac", "macKeyId" ON "EvidenceItem"
  FOR EACH ROW EXECUTE FUNCTION record_seal_once();

-- AuditEvent stays append-only; the one UPDATE allowed is setting the seal of an unsealed row.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.mac IS NULL AND NEW.mac IS NOT NULL AND NEW."macKeyId" IS NOT NULL
     AND (to_jsonb(NEW) - 'mac' - 'macKeyId') IS NOT DISTINCT FROM (to_jsonb(OLD) - 'mac' - 'macKeyId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
