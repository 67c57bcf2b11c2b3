-- What the reviewer reads (issue 12; ADR 0023): each round keeps the content it was submitted with,
-- so the review page shows it and the next round shows what changed. Written once, at submission.
ALTER TABLE "LegalReview" ADD COLUMN "snapshot" JSONB;

CREATE FUNCTION legal_review_snapshot_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."snapshot" IS DISTINCT FROM OLD."snapshot" THEN
    RAISE EXCEPTION 'legal review %: what was submitted for review cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER legal_review_15_snapshot_kept BEFORE UPDATE ON "LegalReview"
  FOR EACH ROW EXECUTE FUNCTION legal_review_snapshot_kept();
