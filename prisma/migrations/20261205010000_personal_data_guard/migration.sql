-- ─────────────── The personal-data guard, in the database (《政府信息公开条例》第十五条) ───────────────
-- A disclosure cannot be PUBLISHED (by any writer, raw SQL as portal_app included) while its title,
-- summary, body or an attachment's file name contains the personal data of a party of a record it
-- is linked to: a natural person's full name, a legal representative's name, an ID number, a phone
-- or an address. Checked when the item becomes PUBLISHED and whenever a PUBLISHED item's text or
-- attachments change (attachment_touch_disclosure updates the row, so that runs this trigger too).
-- A withdrawal notice is public text as well: the reason is checked when it is written.
-- The application checks the same thing first, with patterns on top (lib/domain/privacy), and
-- tests/integration/trust-personal-data.test.ts runs one matrix of texts through both.

-- The comparison form: full-width ASCII → ASCII, a–z → A–Z, whitespace and hyphens dropped
-- (lib/domain/privacy/personal-data.ts compactPersonalValue does exactly the same).
CREATE FUNCTION personal_data_compact(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    translate(coalesce(t, ''),
      '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～abcdefghijklmnopqrstuvwxyz',
      '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`ABCDEFGHIJKLMNOPQRSTUVWXYZ{|}~ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff-]', '', 'g')
$$;

-- A natural person's published name (张某某), as lib/domain/privacy/mask.ts maskPersonName makes it:
-- the surname (two characters for a compound surname, when the name is longer than two) + 某某.
CREATE FUNCTION person_name_mask(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN char_length(t) > 2 AND left(t, 2) = ANY (ARRAY['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '司空', '夏侯', '轩辕', '令狐', '钟离', '闾丘', '端木', '南宫', '西门', '独孤', '百里', '呼延', '澹台', '公冶', '申屠', '太史', '赫连', '拓跋', '万俟', '闻人', '东郭', '濮阳', '单于', '第五', '公羊', '左丘', '谷梁', '仲孙', '叔孙', '巫马', '漆雕', '乐正', '壤驷', '公良', '梁丘', '宗政', '亓官', '司寇', '子车', '颛孙']) THEN left(t, 2) || '某某'
    ELSE left(t, 1) || '某某' END
  FROM (SELECT regexp_replace(coalesce(name, ''),
    '^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', '', 'g') AS t) AS x
$$;

-- The parties' values to look for, compacted, from every record the disclosure is linked to: the
-- enforcement case it publishes, the cases of the watch-list organisation it exposes, the case of
-- the teaching case it carries (lib/queries/disclosure/public-text-facts.ts reads the same links).
-- One-character values are skipped (a one-character name is contained in its own mask 张某某);
-- for names, the compacted mask comes along: a name recorded half-masked (周某) is a prefix of its
-- own mask (周某某), and the mask is not the name.
CREATE FUNCTION disclosure_party_values(disclosure_id text, case_id text) RETURNS TABLE (what text, needle text, mask text)
LANGUAGE sql STABLE AS $$
  WITH party AS (
    SELECT p.* FROM "CaseParty" p
    WHERE p."caseId" = case_id
       OR p."caseId" IN (SELECT c.id FROM "EnforcementCase" c JOIN "WatchedOrganisation" w ON w.id = c."watchedOrganisationId"
                         WHERE w."exposureDisclosureId" = disclosure_id)
       OR p."caseId" IN (SELECT t."caseId" FROM "TeachingCase" t WHERE t."disclosureId" = disclosure_id)
  ), v (what, value, is_name) AS (
    SELECT 'name', CASE WHEN party.kind = 'PERSON' THEN party.name END, true FROM party
    UNION ALL SELECT 'legal representative''s name', party."legalRepresentative", true FROM party
    UNION ALL SELECT 'ID number', party."idNumber", false FROM party
    UNION ALL SELECT 'phone', party.phone, false FROM party
    UNION ALL SELECT 'address', party.address, false FROM party
  )
  SELECT v.what, personal_data_compact(v.value), CASE WHEN v.is_name THEN personal_data_compact(person_name_mask(v.value)) END
  FROM v WHERE char_length(personal_data_compact(v.value)) >= 2
$$;

-- The first party value found in one text, or NULL. A name's own mask is taken out first.
CREATE FUNCTION disclosure_party_data_in(disclosure_id text, case_id text, t text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT v.what FROM disclosure_party_values(disclosure_id, case_id) v, (SELECT personal_data_compact(t) AS c) AS x
  WHERE strpos(CASE WHEN v.mask IS NULL THEN x.c ELSE replace(x.c, v.mask, chr(31)) END, v.needle) > 0
  LIMIT 1
$$;

CREATE FUNCTION disclosure_personal_data_gate() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  field record;
  found text;
BEGIN
  IF NEW.status = 'PUBLISHED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'PUBLISHED'
      OR NEW.title IS DISTINCT FROM OLD.title OR NEW.summary IS DISTINCT FROM OLD.summary OR NEW.body IS DISTINCT FROM OLD.body
      OR NEW."contentHash" IS DISTINCT FROM OLD."contentHash" OR NEW."enforcementCaseId" IS DISTINCT FROM OLD."enforcementCaseId") THEN
    FOR field IN
      SELECT f.place, f.content FROM (VALUES ('title', NEW.title), ('summary', NEW.summary), ('body', NEW.body)) AS f (place, content)
      UNION ALL
      SELECT 'attachment file name', a."fileName" FROM "Attachment" a WHERE a."disclosureId" = NEW.id
    LOOP
      found := disclosure_party_data_in(NEW.id, NEW."enforcementCaseId", field.content);
      IF found IS NOT NULL THEN
        RAISE EXCEPTION 'personal data gate: disclosure % cannot be published: its % contains a party''s %', NEW.id, field.place, found
          USING ERRCODE = 'check_violation';
      END IF;
    END LOOP;
  END IF;
  IF NEW.status = 'WITHDRAWN' AND NEW."withdrawalReason" IS NOT NULL
     AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'WITHDRAWN' OR NEW."withdrawalReason" IS DISTINCT FROM OLD."withdrawalReason") THEN
    found := disclosure_party_data_in(NEW.id, NEW."enforcementCaseId", NEW."withdrawalReason");
    IF found IS NOT NULL THEN
      RAISE EXCEPTION 'personal data gate: disclosure % withdrawal reason contains a party''s %', NEW.id, found
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

-- Triggers fire in name order: after the content hash (10) and the legal-review gate (20).
CREATE TRIGGER disclosure_30_personal_data BEFORE INSERT OR UPDATE ON "Disclosure"
  FOR EACH ROW EXECUTE FUNCTION disclosure_personal_data_gate();
