-- "An approved review of the current content", once in the database as in the application
-- (lib/domain/review/approval.ts approvesContent). The three gates that asked it with their own
-- copy of the condition (disclosure publish gate, major enforcement decision gate, attachment guard)
-- now call has_approved_review; tests/integration/review-gate-parity.test.ts runs one matrix through
-- legal_review_approves and the domain function and fails when they disagree. Behaviour unchanged.

CREATE FUNCTION legal_review_approves(status "ReviewStatus", round_hash text, current_hash text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(current_hash, '') <> '' AND status = 'APPROVED' AND round_hash = current_hash
$$;

CREATE FUNCTION has_approved_review(subject_type "ReviewSubjectType", subject_id text, current_hash text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM "LegalReview" r
    WHERE r."subjectType" = subject_type AND r."subjectId" = subject_id
      AND r."contentHash" = current_hash
      AND legal_review_approves(r.status, r."contentHash", current_hash))
$$;

CREATE OR REPLACE FUNCTION disclosure_publish_gate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'PUBLISHED' AND disclosure_requires_review(NEW.category)
     AND NOT has_approved_review('DISCLOSURE', NEW.id, NEW."contentHash") THEN
    RAISE EXCEPTION 'legal review gate: disclosure % (%) has no approved legal review of its current content', NEW.id, NEW.category
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION enforcement_decision_gate() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  deciding boolean;
  major boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    deciding := NEW.state IN ('DECISION', 'BAN_DECISION', 'ON_SPOT_DECISION') OR NEW."decidedOn" IS NOT NULL;
    major := NEW."isMajor";
  ELSE
    deciding := (NEW.state IN ('DECISION', 'BAN_DECISION', 'ON_SPOT_DECISION') AND NEW.state IS DISTINCT FROM OLD.state)
             OR (NEW."decidedOn" IS NOT NULL AND OLD."decidedOn" IS NULL);
    major := NEW."isMajor" OR OLD."isMajor";
  END IF;
  IF deciding AND major AND NOT has_approved_review('ENFORCEMENT_DECISION', NEW.id, enforcement_review_hash(NEW)) THEN
    RAISE EXCEPTION 'enforcement decision gate: major case % has no approved legal review of its current content', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION attachment_disclosure_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target text;
  d record;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF (OLD."disclosureId" IS NOT NULL OR NEW."disclosureId" IS NOT NULL) AND (
         NEW."storageKey" IS DISTINCT FROM OLD."storageKey" OR NEW.size IS DISTINCT FROM OLD.size
      OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW."fileName" IS DISTINCT FROM OLD."fileName"
      OR NEW."mimeType" IS DISTINCT FROM OLD."mimeType" OR NEW."disclosureId" IS DISTINCT FROM OLD."disclosureId") THEN
      RAISE EXCEPTION 'attachment %: a disclosure''s file cannot be changed in place', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  target := CASE WHEN TG_OP = 'INSERT' THEN NEW."disclosureId" ELSE OLD."disclosureId" END;
  IF target IS NOT NULL THEN
    SELECT x.status, x."contentHash" INTO d FROM "Disclosure" x WHERE x.id = target;
    IF FOUND AND (d.status IN ('PUBLISHED', 'WITHDRAWN', 'IN_REVIEW', 'APPROVED')
                  OR (d.status <> 'DRAFT' AND has_approved_review('DISCLOSURE', target, d."contentHash"))) THEN
      RAISE EXCEPTION 'attachment: the files of disclosure % (%) cannot be changed', target, d.status USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
