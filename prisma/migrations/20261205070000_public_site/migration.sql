-- Catalogue metadata for the public detail page (issue 13): 文号, 主题分类, and the period of
-- validity of normative documents (有效性). All optional: existing rows keep showing "—".
ALTER TABLE "Disclosure" ADD COLUMN "documentNumber" TEXT,
ADD COLUMN "topic" TEXT,
ADD COLUMN "validFrom" DATE,
ADD COLUMN "validUntil" DATE;

-- The 文号 and the period of validity are part of what the legal review approves: they join the
-- content hash as one more part, after the attachments. concat_ws skips a NULL part, so the hash
-- of every row without them (all rows before this migration) is unchanged and no approval lapses.
-- The application mirrors this in lib/services/disclosure/approval-freshness.ts. (主题分类 is an
-- editorial classification, not reviewed content.)
CREATE OR REPLACE FUNCTION disclosure_catalogue_part(document_number text, valid_from date, valid_until date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN document_number IS NULL AND valid_from IS NULL AND valid_until IS NULL THEN NULL
    ELSE concat_ws(E'\x1e', 'catalogue', coalesce(document_number, ''), coalesce(valid_from::text, ''), coalesce(valid_until::text, '')) END
$$;

CREATE OR REPLACE FUNCTION disclosure_content() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- concat_ws skips the NULLs of no attachments and no catalogue metadata.
  NEW."contentHash" := encode(sha256(convert_to(concat_ws(E'\x1f',
    NEW.category::text, NEW.title, NEW.summary, NEW.body, disclosure_attachment_parts(NEW.id),
    disclosure_catalogue_part(NEW."documentNumber", NEW."validFrom", NEW."validUntil")), 'UTF8')), 'hex');
  NEW."searchBigrams" := cjk_bigrams(concat_ws(' ', NEW.title, NEW.summary, NEW.body));
  RETURN NEW;
END $$;
