-- ─────────────── Attachments in the disclosure's reviewed content hash ───────────────
-- An attachment is published with its item, so a legal review approves it too. The content hash
-- the database keeps (trigger disclosure_10_content) now also covers the item's attachments: for
-- each, its sha256 and file name, in a fixed order (sha256, then file name, both byte-wise). With
-- no attachments the hash is exactly the one before this migration (category, title, summary,
-- body joined by U+001F), so approvals of items without attachments stay valid.
-- The application computes the same thing in lib/services/disclosure/approval-freshness.ts.

CREATE FUNCTION disclosure_attachment_parts(disclosure_id text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT string_agg(a.sha256 || E'\x1f' || a."fileName", E'\x1f'
                    ORDER BY a.sha256 COLLATE "C", a."fileName" COLLATE "C", a.id COLLATE "C")
  FROM "Attachment" a
  WHERE a."disclosureId" = disclosure_id
$$;

CREATE OR REPLACE FUNCTION disclosure_content() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- concat_ws skips the NULL that disclosure_attachment_parts returns for no attachments.
  NEW."contentHash" := encode(sha256(convert_to(concat_ws(E'\x1f',
    NEW.category::text, NEW.title, NEW.summary, NEW.body, disclosure_attachment_parts(NEW.id)), 'UTF8')), 'hex');
  NEW."searchBigrams" := cjk_bigrams(concat_ws(' ', NEW.title, NEW.summary, NEW.body));
  RETURN NEW;
END $$;

-- When an attachment row is added, removed or changed (by any writer, raw SQL included), its
-- disclosure's row is touched so disclosure_10_content recomputes the hash. The same UPDATE runs
-- disclosure_20_publish_gate: an attachment slipped under a PUBLISHED gated item is refused, and
-- one added after approval leaves the item with no approved review of its current hash, so the
-- gate refuses its publication.
CREATE FUNCTION attachment_touch_disclosure() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."disclosureId" IS NOT NULL THEN
    UPDATE "Disclosure" SET "contentHash" = "contentHash" WHERE id = OLD."disclosureId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."disclosureId" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW."disclosureId" IS DISTINCT FROM OLD."disclosureId"
          OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW."fileName" IS DISTINCT FROM OLD."fileName") THEN
    UPDATE "Disclosure" SET "contentHash" = "contentHash" WHERE id = NEW."disclosureId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER attachment_10_disclosure_hash AFTER INSERT OR UPDATE OR DELETE ON "Attachment"
  FOR EACH ROW EXECUTE FUNCTION attachment_touch_disclosure();

-- Existing items with attachments get the new hash, except published ones: their approvals
-- covered the text only and they are already out; rewriting their hash would put them in breach
-- of the gate they passed. (A fresh database has no rows; this only matters for older data.)
UPDATE "Disclosure" d SET "contentHash" = d."contentHash"
WHERE d.status <> 'PUBLISHED' AND EXISTS (SELECT 1 FROM "Attachment" a WHERE a."disclosureId" = d.id);
