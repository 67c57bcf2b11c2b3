-- The review state machine in the database (issue 10, observations 3 and 4; ADR 0020).
-- Every rule below holds against any writer, the portal's own role portal_app included.

-- ─────────────── Who edited a subject of review ───────────────
ALTER TABLE "Disclosure" ADD COLUMN "editorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "MajorAdminDecision" ADD COLUMN "editorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "AdministrativeContract" ADD COLUMN "editorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Matters kept their editors only in the audit trail until now: carried over once.
UPDATE "MajorAdminDecision" m SET "editorIds" = ARRAY(
  SELECT DISTINCT a."actorId" FROM "AuditEvent" a
  WHERE a."entityType" = 'MajorAdminDecision' AND a."entityId" = m.id AND a.action IN ('decision.create', 'decision.update')
    AND a."actorId" IS NOT NULL AND a."actorId" <> m."createdById" ORDER BY 1);
UPDATE "AdministrativeContract" c SET "editorIds" = ARRAY(
  SELECT DISTINCT a."actorId" FROM "AuditEvent" a
  WHERE a."entityType" = 'AdministrativeContract' AND a."entityId" = c.id AND a.action IN ('contract.create', 'contract.update')
    AND a."actorId" IS NOT NULL AND a."actorId" <> c."createdById" ORDER BY 1);

-- ─────────────── Foreign keys never cascade an identifier change ───────────────
ALTER TABLE "Attachment" DROP CONSTRAINT "Attachment_disclosureId_fkey";
ALTER TABLE "ReviewCheckpoint" DROP CONSTRAINT "ReviewCheckpoint_reviewId_fkey";
ALTER TABLE "CaseParty" DROP CONSTRAINT "CaseParty_caseId_fkey";
ALTER TABLE "CaseOfficer" DROP CONSTRAINT "CaseOfficer_caseId_fkey";
ALTER TABLE "CaseOfficer" DROP CONSTRAINT "CaseOfficer_officerId_fkey";
ALTER TABLE "CaseStep" DROP CONSTRAINT "CaseStep_caseId_fkey";
ALTER TABLE "EvidenceItem" DROP CONSTRAINT "EvidenceItem_caseId_fkey";
ALTER TABLE "EvidenceItem" DROP CONSTRAINT "EvidenceItem_stepId_fkey";
ALTER TABLE "EvidenceItem" DROP CONSTRAINT "EvidenceItem_officerId_fkey";

ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE "ReviewCheckpoint" ADD CONSTRAINT "ReviewCheckpoint_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "LegalReview"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "CaseParty" ADD CONSTRAINT "CaseParty_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "CaseOfficer" ADD CONSTRAINT "CaseOfficer_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "CaseOfficer" ADD CONSTRAINT "CaseOfficer_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "CaseStep" ADD CONSTRAINT "CaseStep_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "EnforcementCase"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "CaseStep"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- ─────────────── Identifiers never change ───────────────
CREATE FUNCTION forbid_id_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id THEN
    RAISE EXCEPTION 'immutable identifier: % % cannot be renamed', TG_TABLE_NAME, OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "EnforcementCase" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();
CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "CaseStep" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();
CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "EvidenceItem" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();
CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "Officer" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();
CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "LegalReview" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();
CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "Disclosure" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();
CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "Attachment" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();
CREATE TRIGGER a_01_id_immutable BEFORE UPDATE OF id ON "CaseParty" FOR EACH ROW EXECUTE FUNCTION forbid_id_change();

-- ─────────────── Authors and editors of a disclosure ───────────────
-- The author never changes and editors are only ever added, so "who wrote this" cannot be
-- shortened before a review is decided.
CREATE FUNCTION disclosure_editors_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."editorIds" := coalesce(NEW."editorIds", ARRAY[]::text[]);
  IF TG_OP = 'UPDATE' THEN
    IF NEW."authorId" IS DISTINCT FROM OLD."authorId" THEN
      RAISE EXCEPTION 'disclosure %: the author cannot be changed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NOT (coalesce(OLD."editorIds", ARRAY[]::text[]) <@ NEW."editorIds") THEN
      RAISE EXCEPTION 'disclosure %: editors can only be added, never removed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER disclosure_05_editors BEFORE INSERT OR UPDATE ON "Disclosure"
  FOR EACH ROW EXECUTE FUNCTION disclosure_editors_append_only();

-- The same for major administrative decisions and administrative contracts (creator + editors).
CREATE FUNCTION matter_editors_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."editorIds" := coalesce(NEW."editorIds", ARRAY[]::text[]);
  IF TG_OP = 'UPDATE' THEN
    IF NEW."createdById" IS DISTINCT FROM OLD."createdById" THEN
      RAISE EXCEPTION '% %: the author cannot be changed', TG_TABLE_NAME, OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NOT (coalesce(OLD."editorIds", ARRAY[]::text[]) <@ NEW."editorIds") THEN
      RAISE EXCEPTION '% %: editors can only be added, never removed', TG_TABLE_NAME, OLD.id USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER matter_05_editors BEFORE INSERT OR UPDATE ON "MajorAdminDecision"
  FOR EACH ROW EXECUTE FUNCTION matter_editors_append_only();
CREATE TRIGGER matter_05_editors BEFORE INSERT OR UPDATE ON "AdministrativeContract"
  FOR EACH ROW EXECUTE FUNCTION matter_editors_append_only();

-- ─────────────── The categories the law names are always gated ───────────────
-- 通知公告 (the bureau's rule), 规范性文件 (国办发〔2018〕115号: 合法性审核 before issue) and the
-- annual report are reviewed whatever review.requiredCategories says; the setting may only add.
-- lib/domain/disclosure/categories.ts (LAW_GATED_CATEGORIES, requiresReview) says the same; a test
-- compares the two over every category and setting value.
CREATE FUNCTION disclosure_requires_review_under(category "DisclosureCategory", required jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT category IN ('NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT')
      OR (jsonb_typeof(required) = 'array' AND required ? category::text)
$$;

CREATE OR REPLACE FUNCTION disclosure_requires_review(category "DisclosureCategory") RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT disclosure_requires_review_under(category, (SELECT s.value FROM "Setting" s WHERE s.key = 'review.requiredCategories'))
$$;

-- The setting itself keeps them too, so what the settings page shows is what the gate applies.
CREATE FUNCTION setting_review_categories_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.key = 'review.requiredCategories'
     AND NOT (jsonb_typeof(NEW.value) = 'array' AND NEW.value ?& ARRAY['NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT']) THEN
    RAISE EXCEPTION 'setting review.requiredCategories must keep NOTICE, NORMATIVE_DOCUMENT and ANNUAL_REPORT'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER setting_10_review_categories BEFORE INSERT OR UPDATE ON "Setting"
  FOR EACH ROW EXECUTE FUNCTION setting_review_categories_guard();

-- ─────────────── The hash a major enforcement decision's review covers ───────────────
-- The same value as lib/services/enforcement/review-content.ts enforcementContentHash: id, type,
-- title, facts, legal basis, the intended penalty as canonical JSON (keys sorted), violation type,
-- discretion reason, major or ordinary, and the parties as canonical JSON sorted byte-wise, joined
-- by U+001F, sha256 hex. A test compares JS and SQL on several cases.

-- JavaScript's String.prototype.trim: the WhiteSpace and LineTerminator code points.
CREATE FUNCTION js_trim(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(t, (SELECT string_agg(chr(c), '') FROM unnest(ARRAY[9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194,
    8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279]) AS u(c)))
$$;

-- JSON.stringify of parsed JSON with object keys sorted (lib/services/enforcement/review-content.ts canonical).
CREATE FUNCTION canonical_json(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  kind text := jsonb_typeof(j);
  out text;
BEGIN
  IF j IS NULL OR kind = 'null' THEN RETURN 'null'; END IF;
  IF kind = 'object' THEN
    SELECT string_agg(to_json(e.key)::text || ':' || canonical_json(e.value), ',' ORDER BY e.key COLLATE "C")
      INTO out FROM jsonb_each(j) AS e;
    RETURN '{' || coalesce(out, '') || '}';
  END IF;
  IF kind = 'array' THEN
    SELECT string_agg(canonical_json(a.value), ',' ORDER BY a.n) INTO out FROM jsonb_array_elements(j) WITH ORDINALITY AS a(value, n);
    RETURN '[' || coalesce(out, '') || ']';
  END IF;
  IF kind = 'string' THEN RETURN to_json(j #>> '{}')::text; END IF;
  IF kind = 'number' THEN RETURN trim_scale((j #>> '{}')::numeric)::text; END IF;
  RETURN j #>> '{}'; -- true / false
END $$;

CREATE FUNCTION enforcement_review_hash(c "EnforcementCase") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(array_to_string(ARRAY[
    c.id, c.type::text, c.title, c.facts, c."legalBasis", canonical_json(c."intendedPenalty"),
    coalesce(c."violationType", ''), coalesce(c."discretionReason", ''),
    CASE WHEN c."isMajor" THEN 'major' ELSE 'ordinary' END,
    '[' || coalesce((
      SELECT string_agg(p.doc, ',' ORDER BY p.doc COLLATE "C") FROM (
        SELECT '{"idNumber":' || to_json(coalesce(cp."idNumber", ''))::text
            || ',"kind":' || to_json(cp.kind::text)::text
            || ',"legalRepresentative":' || to_json(coalesce(cp."legalRepresentative", ''))::text
            || ',"name":' || to_json(js_trim(cp.name))::text || '}' AS doc
        FROM "CaseParty" cp WHERE cp."caseId" = c.id) AS p), '') || ']'
  ], E'\x1f'), 'UTF8')), 'hex')
$$;

CREATE FUNCTION enforcement_review_hash_of(case_id text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT enforcement_review_hash(c) FROM "EnforcementCase" c WHERE c.id = case_id
$$;

-- ─────────────── A major enforcement decision needs an approved review of the current case ───────────────
-- 《行政处罚法》第五十八条. Recording a decision (the decision steps, or a decision date) on a case that
-- is or was major needs an APPROVED ENFORCEMENT_DECISION review of the case as it stands.
CREATE FUNCTION enforcement_decision_gate() RETURNS trigger
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
  IF deciding AND major AND NOT EXISTS (
    SELECT 1 FROM "LegalReview" r
    WHERE r."subjectType" = 'ENFORCEMENT_DECISION' AND r."subjectId" = NEW.id
      AND r.status = 'APPROVED' AND r."contentHash" = enforcement_review_hash(NEW)
  ) THEN
    RAISE EXCEPTION 'enforcement decision gate: major case % has no approved legal review of its current content', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER enforcement_case_20_decision_gate BEFORE INSERT OR UPDATE ON "EnforcementCase"
  FOR EACH ROW EXECUTE FUNCTION enforcement_decision_gate();

-- ─────────────── Legal reviews: created pending, decided once ───────────────
-- Who may not review a subject, read from the subject itself: a disclosure's author and editors;
-- an enforcement case's creator and assigned officers; a matter's creator and editors.
CREATE FUNCTION review_subject_people(subject_type "ReviewSubjectType", subject_id text) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT CASE subject_type
    WHEN 'DISCLOSURE' THEN (
      SELECT ARRAY[d."authorId"] || coalesce(d."editorIds", ARRAY[]::text[]) FROM "Disclosure" d WHERE d.id = subject_id)
    WHEN 'ENFORCEMENT_DECISION' THEN (
      SELECT ARRAY[c."createdById"] || coalesce((
        SELECT array_agg(o."userId") FROM "CaseOfficer" co JOIN "Officer" o ON o.id = co."officerId"
        WHERE co."caseId" = c.id AND o."userId" IS NOT NULL), ARRAY[]::text[])
      FROM "EnforcementCase" c WHERE c.id = subject_id)
    WHEN 'MAJOR_ADMIN_DECISION' THEN (
      SELECT ARRAY[m."createdById"] || coalesce(m."editorIds", ARRAY[]::text[]) FROM "MajorAdminDecision" m WHERE m.id = subject_id)
    WHEN 'ADMIN_CONTRACT' THEN (
      SELECT ARRAY[m."createdById"] || coalesce(m."editorIds", ARRAY[]::text[]) FROM "AdministrativeContract" m WHERE m.id = subject_id)
    ELSE ARRAY[]::text[]
  END
$$;

CREATE FUNCTION legal_review_created_pending() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'PENDING' OR NEW."reviewerId" IS NOT NULL OR NEW."decidedAt" IS NOT NULL OR NEW.opinion IS NOT NULL THEN
    RAISE EXCEPTION 'legal review %: a review is created pending, without reviewer, decision or opinion', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  -- The database, not the caller, says who wrote the subject (a caller cannot pass a short list).
  NEW."subjectAuthorIds" := ARRAY(
    SELECT DISTINCT a FROM unnest(coalesce(NEW."subjectAuthorIds", ARRAY[]::text[])
                                  || coalesce(review_subject_people(NEW."subjectType", NEW."subjectId"), ARRAY[]::text[])) AS u(a)
    WHERE a IS NOT NULL ORDER BY a);
  RETURN NEW;
END $$;

CREATE TRIGGER legal_review_10_created_pending BEFORE INSERT ON "LegalReview"
  FOR EACH ROW EXECUTE FUNCTION legal_review_created_pending();

-- The transition table of lib/domain/review/status.ts: PENDING → APPROVED / RETURNED / REFERRED /
-- SUPERSEDED; nothing else, and a closed round never changes again. What was submitted (subject,
-- hash, round, authors, submitter) never changes. A decision names an active legal reviewer who
-- neither submitted, authored nor edited the subject, and has a noted conclusion on every checkpoint
-- (written before the decision, in the same transaction); an approval has every checkpoint passed.
CREATE FUNCTION legal_review_state_machine() RETURNS trigger
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
     OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt" THEN
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
  SELECT count(*), count(*) FILTER (WHERE btrim(c.note) <> ''), count(*) FILTER (WHERE NOT c.passed)
    INTO total, noted, failed FROM "ReviewCheckpoint" c WHERE c."reviewId" = OLD.id;
  IF total <> cardinality(enum_range(NULL::"ReviewCheckpointKey")) OR noted <> total THEN
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

-- Replaces the narrower rule of 20261127215735 (which let a decided round become SUPERSEDED).
DROP TRIGGER legal_review_decided_is_final ON "LegalReview";
DROP FUNCTION legal_review_decided_is_final();

CREATE TRIGGER legal_review_20_state_machine BEFORE UPDATE ON "LegalReview"
  FOR EACH ROW EXECUTE FUNCTION legal_review_state_machine();

-- Every round stays on record (status.ts): none is deleted.
CREATE FUNCTION legal_review_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'legal review %: a review round cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
END $$;

CREATE TRIGGER legal_review_30_kept BEFORE DELETE ON "LegalReview"
  FOR EACH ROW EXECUTE FUNCTION legal_review_kept();

-- Checkpoints are written while the round is pending (the decision, in the same transaction,
-- then checks them) and never change or disappear.
CREATE FUNCTION review_checkpoint_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'review checkpoint of %: checkpoints cannot be changed or removed', OLD."reviewId" USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "LegalReview" r WHERE r.id = NEW."reviewId" AND r.status = 'PENDING') THEN
    RAISE EXCEPTION 'review checkpoint of %: the review is not pending', NEW."reviewId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER review_checkpoint_10_guard BEFORE INSERT OR UPDATE OR DELETE ON "ReviewCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION review_checkpoint_guard();

-- ─────────────── Attachments of disclosures ───────────────
-- A disclosure's file never changes in place (its identity is its sha256, name, type, size and
-- storage key), and none is added or removed under an item that is out (published or withdrawn),
-- in review, approved, or (not yet back in draft) covered by an approval of its current hash.
-- The services first move the item back to DRAFT, then add or remove the file.
CREATE FUNCTION attachment_disclosure_guard() RETURNS trigger
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
    IF FOUND AND (d.status IN ('PUBLISHED', 'WITHDRAWN', 'IN_REVIEW', 'APPROVED') OR (d.status <> 'DRAFT' AND EXISTS (
        SELECT 1 FROM "LegalReview" r WHERE r."subjectType" = 'DISCLOSURE' AND r."subjectId" = target
          AND r.status = 'APPROVED' AND r."contentHash" = d."contentHash"))) THEN
      RAISE EXCEPTION 'attachment: the files of disclosure % (%) cannot be changed', target, d.status USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER attachment_05_disclosure_guard BEFORE INSERT OR UPDATE OR DELETE ON "Attachment"
  FOR EACH ROW EXECUTE FUNCTION attachment_disclosure_guard();
