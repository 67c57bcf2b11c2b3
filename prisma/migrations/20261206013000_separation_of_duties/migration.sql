-- Separation of duties in the database (issue 12; ADR 0024). Whoever wrote or edited a disclosure
-- cannot sign off its secrecy check (《政府信息公开条例》第十七条), unless the bureau allows a
-- department head (DIRECTOR) to check their own text (setting separation.headMaySecrecyCheckOwn,
-- default off). lib/domain/disclosure/separation.ts secrecyCheckerBlockers says the same; reviewing
-- one's own subject is refused by legal_review_state_machine (20261205020000).

INSERT INTO "Setting" ("key", "value", "description", "updatedAt") VALUES
  ('separation.headMaySecrecyCheckOwn', 'false'::jsonb, '是否允许部门负责人（局长）对本人起草或修改的信息进行保密审查（其本人仍不能独自发布）', CURRENT_TIMESTAMP)
ON CONFLICT ("key") DO NOTHING;

CREATE FUNCTION disclosure_secrecy_checker_allowed(checker_id text, writers text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT NOT (checker_id = ANY (writers))
      OR (coalesce((SELECT s.value = 'true'::jsonb FROM "Setting" s WHERE s.key = 'separation.headMaySecrecyCheckOwn'), false)
          AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = checker_id AND u.active AND 'DIRECTOR' = ANY (u.roles)))
$$;

CREATE FUNCTION disclosure_separation_of_duties() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."secrecyCheckedById" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW."secrecyCheckedById" IS DISTINCT FROM OLD."secrecyCheckedById"
          OR (NEW.status = 'PUBLISHED' AND OLD.status IS DISTINCT FROM 'PUBLISHED'))
     AND NOT disclosure_secrecy_checker_allowed(NEW."secrecyCheckedById", ARRAY[NEW."authorId"] || coalesce(NEW."editorIds", ARRAY[]::text[])) THEN
    RAISE EXCEPTION 'disclosure %: the secrecy check is signed off by someone who neither wrote nor edited it', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER disclosure_07_separation BEFORE INSERT OR UPDATE ON "Disclosure"
  FOR EACH ROW EXECUTE FUNCTION disclosure_separation_of_duties();
