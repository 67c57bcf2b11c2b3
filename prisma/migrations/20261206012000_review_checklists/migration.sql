-- Each kind of subject is reviewed against its own checklist (issue 12; ADR 0023), in the database
-- as in lib/domain/review/checkpoints.ts (CHECKLISTS; tests/integration/review-checklists.test.ts
-- compares the two): the round records which list applies, set by the database from the subject
-- when the round is created; a decision needs a noted conclusion on every point of that list and
-- no other; an approval needs every one passed. Replaces the "all nine points" count of 20261205020000.

-- The points of each checklist, in order.
CREATE FUNCTION review_checklist_keys(checklist "ReviewChecklist") RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE checklist
    WHEN 'ENFORCEMENT_DECISION' THEN ARRAY['BODY', 'OFFICER_QUALIFICATION', 'PROCEDURE', 'FACTS_EVIDENCE', 'LAW_APPLIED',
      'DISCRETION', 'AUTHORITY', 'DOCUMENTS_COMPLETE', 'CRIMINAL_REFERRAL']
    WHEN 'NORMATIVE_DOCUMENT' THEN ARRAY['ND_MAKER', 'ND_AUTHORITY', 'ND_HIGHER_LAW', 'ND_NO_ILLEGAL_MEASURES',
      'ND_RIGHTS_OBLIGATIONS', 'ND_POWERS', 'ND_PROCEDURE', 'ND_FAIR_COMPETITION']
    WHEN 'MAJOR_ADMIN_DECISION' THEN ARRAY['MD_AUTHORITY', 'MD_PROCEDURE', 'MD_CONTENT']
    WHEN 'ADMIN_CONTRACT' THEN ARRAY['CT_PARTIES', 'CT_AUTHORITY', 'CT_RIGHTS', 'CT_LIABILITY', 'CT_DISPUTE', 'CT_RISK']
    WHEN 'DISCLOSURE' THEN ARRAY['DC_LEGAL_BASIS', 'DC_ISSUER', 'DC_STATE_SECRET', 'DC_PRIVACY', 'DC_CONSISTENCY']
  END
$$;

-- Which checklist a subject is reviewed against (lib/domain/review/checkpoints.ts checklistFor):
-- a normative document by the normative-document points, any other disclosure by the disclosure points.
CREATE FUNCTION review_checklist_of(subject_type "ReviewSubjectType", subject_id text) RETURNS "ReviewChecklist"
LANGUAGE sql STABLE AS $$
  SELECT CASE subject_type
    WHEN 'DISCLOSURE' THEN (
      SELECT CASE WHEN d.category = 'NORMATIVE_DOCUMENT' THEN 'NORMATIVE_DOCUMENT' ELSE 'DISCLOSURE' END::"ReviewChecklist"
      FROM "Disclosure" d WHERE d.id = subject_id)
    ELSE subject_type::text::"ReviewChecklist"
  END
$$;

ALTER TABLE "LegalReview" ADD COLUMN "checklist" "ReviewChecklist";
-- Rounds decided before checklists existed were decided on the nine enforcement points; they keep
-- them (a decided round never changes). Pending rounds get their subject's own list.
ALTER TABLE "LegalReview" DISABLE TRIGGER USER;
UPDATE "LegalReview" r SET checklist = CASE WHEN r.status = 'PENDING'
  THEN coalesce(review_checklist_of(r."subjectType", r."subjectId"), r."subjectType"::text::"ReviewChecklist")
  ELSE 'ENFORCEMENT_DECISION'::"ReviewChecklist" END;
ALTER TABLE "LegalReview" ENABLE TRIGGER USER;
ALTER TABLE "LegalReview" ALTER COLUMN "checklist" SET NOT NULL;

-- On INSERT the database, not the caller, says which checklist applies.
CREATE FUNCTION legal_review_checklist_set() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.checklist := coalesce(review_checklist_of(NEW."subjectType", NEW."subjectId"), NEW.checklist);
  RETURN NEW;
END $$;

CREATE TRIGGER legal_review_11_checklist BEFORE INSERT ON "LegalReview"
  FOR EACH ROW EXECUTE FUNCTION legal_review_checklist_set();

-- A checkpoint belongs to its round's checklist.
CREATE FUNCTION review_checkpoint_in_checklist() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "LegalReview" r WHERE r.id = NEW."reviewId" AND NEW.key::text = ANY (review_checklist_keys(r.checklist))) THEN
    RAISE EXCEPTION 'review checkpoint of %: % is not a point of this round''s checklist', NEW."reviewId", NEW.key USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER review_checkpoint_20_checklist BEFORE INSERT ON "ReviewCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION review_checkpoint_in_checklist();

CREATE OR REPLACE FUNCTION legal_review_state_machine() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  current_hash text;
  total int;
  noted int;
  failed int;
BEGIN
  IF NEW."subjectType" IS DISTINCT FROM OLD."subjectType" OR NEW."subjectId" IS DISTINCT FROM OLD."subjectId"
     OR NEW."contentHash" IS DISTINCT FROM OLD."contentHash" OR NEW.round IS DISTINCT FROM OLD.round
     OR NEW."subjectAuthorIds" IS DISTINCT FROM OLD."subjectAuthorIds" OR NEW."submittedById" IS DISTINCT FROM OLD."submittedById"
     OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt"
     OR NEW.checklist IS DISTINCT FROM OLD.checklist THEN
    RAISE EXCEPTION 'legal review %: what was submitted for review cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status <> 'PENDING' THEN
    IF NEW IS DISTINCT FROM OLD THEN
      RAISE EXCEPTION 'legal review %: a % review cannot be changed', OLD.id, OLD.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.status IN ('PENDING', 'SUPERSEDED') THEN
    IF NEW."reviewerId" IS NOT NULL OR NEW."decidedAt" IS NOT NULL OR NEW.opinion IS NOT NULL THEN
      RAISE EXCEPTION 'legal review %: only a decision records a reviewer, a date and an opinion', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  -- PENDING → APPROVED / RETURNED / REFERRED
  IF NEW."reviewerId" IS NULL OR NEW."decidedAt" IS NULL THEN
    RAISE EXCEPTION 'legal review %: a decision needs a reviewer and a date', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = NEW."reviewerId" AND u.active AND 'LEGAL_REVIEWER' = ANY (u.roles)) THEN
    RAISE EXCEPTION 'legal review %: the reviewer is not an active legal reviewer', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."reviewerId" = OLD."submittedById" OR NEW."reviewerId" = ANY (coalesce(OLD."subjectAuthorIds", ARRAY[]::text[]))
     OR NEW."reviewerId" = ANY (coalesce(review_subject_people(OLD."subjectType", OLD."subjectId"), ARRAY[]::text[])) THEN
    RAISE EXCEPTION 'legal review %: the reviewer submitted, wrote or edited the subject', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status <> 'APPROVED' AND btrim(coalesce(NEW.opinion, '')) = '' THEN
    RAISE EXCEPTION 'legal review %: returning or referring needs an opinion', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  -- Every point of the round's own checklist, and no other (review_checklist_keys).
  SELECT count(*), count(*) FILTER (WHERE btrim(c.note) <> ''), count(*) FILTER (WHERE NOT c.passed)
    INTO total, noted, failed FROM "ReviewCheckpoint" c
    WHERE c."reviewId" = OLD.id AND c.key::text = ANY (review_checklist_keys(OLD.checklist));
  IF total <> cardinality(review_checklist_keys(OLD.checklist)) OR noted <> total
     OR EXISTS (SELECT 1 FROM "ReviewCheckpoint" c WHERE c."reviewId" = OLD.id AND NOT (c.key::text = ANY (review_checklist_keys(OLD.checklist)))) THEN
    RAISE EXCEPTION 'legal review %: a decision needs a noted conclusion on every checkpoint', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'APPROVED' AND failed > 0 THEN
    RAISE EXCEPTION 'legal review %: an approval cannot have a failed checkpoint', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  -- A round of content the subject no longer has cannot be decided (where the database holds the content).
  IF OLD."subjectType" = 'DISCLOSURE' THEN
    SELECT d."contentHash" INTO current_hash FROM "Disclosure" d WHERE d.id = OLD."subjectId";
  ELSIF OLD."subjectType" = 'ENFORCEMENT_DECISION' THEN
    current_hash := enforcement_review_hash_of(OLD."subjectId");
  ELSE
    current_hash := OLD."contentHash";
  END IF;
  IF current_hash IS DISTINCT FROM OLD."contentHash" THEN
    RAISE EXCEPTION 'legal review %: the subject changed after submission', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
