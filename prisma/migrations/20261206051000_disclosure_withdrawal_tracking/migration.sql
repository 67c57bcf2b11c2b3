-- The art. 48 withdrawal tracking (the date the decision changed, the due date, on time or not, and
-- how the due date was computed) becomes columns of the disclosure: the staff page read it back
-- from the audit row's JSON, and the audit log is evidence, not a data source (ADR 0029).
ALTER TABLE "Disclosure"
  ADD COLUMN "withdrawalDecisionChangedOn" DATE,
  ADD COLUMN "withdrawalDueOn" DATE,
  ADD COLUMN "withdrawalOnTime" BOOLEAN,
  ADD COLUMN "withdrawalExplanation" TEXT;

-- Items withdrawn before this migration: copied once from their latest withdrawal audit row.
UPDATE "Disclosure" d
SET "withdrawalDecisionChangedOn" = (e.after -> 'withdrawal' ->> 'decisionChangedOn')::date,
    "withdrawalDueOn" = (e.after -> 'withdrawal' ->> 'due')::date,
    "withdrawalOnTime" = (e.after -> 'withdrawal' ->> 'onTime')::boolean,
    "withdrawalExplanation" = e.after -> 'withdrawal' ->> 'explanation'
FROM (
  SELECT DISTINCT ON ("entityId") "entityId", after
  FROM "AuditEvent"
  WHERE "entityType" = 'Disclosure' AND action = 'disclosure.withdraw'
  ORDER BY "entityId", id DESC
) e
WHERE e."entityId" = d.id AND d.status = 'WITHDRAWN' AND jsonb_typeof(e.after -> 'withdrawal') = 'object';
