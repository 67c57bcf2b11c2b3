/*
  Warnings:

  - Added the required column `title` to the `LegalReview` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Disclosure" ADD COLUMN     "searchBigrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "LegalReview" ADD COLUMN     "subjectAuthorIds" TEXT[],
ADD COLUMN     "title" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "legalQualificationNo" TEXT;

-- CreateTable
CREATE TABLE "IndexCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndexCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "Disclosure_publishedAt_idx" ON "Disclosure"("publishedAt");

-- CreateIndex
CREATE INDEX "Disclosure_searchBigrams_idx" ON "Disclosure" USING GIN ("searchBigrams");

-- ─────────────── Chinese search: character bigrams ───────────────
-- Chinese words are mostly two characters; a GIN index over each text's distinct character
-- bigrams serves a two-character query (pg_trgm cannot). Queries check containment of the
-- query's bigrams, then recheck with LIKE. Latin text is lower-cased; whitespace collapsed.
CREATE FUNCTION cjk_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(s, i, 2)), '{}')
  FROM (SELECT lower(regexp_replace(coalesce(t, ''), '\s+', ' ', 'g')) AS s) AS x,
       generate_series(1, char_length(s) - 1) AS i
$$;

-- ─────────────── Disclosure: content hash and search bigrams ───────────────
-- The hash covers what a legal review approves: category, title, summary and body.
-- Computed here, not by the application, so no writer can make content and hash disagree.
CREATE FUNCTION disclosure_content() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."contentHash" := encode(sha256(convert_to(concat_ws(E'\x1f',
    NEW.category::text, NEW.title, NEW.summary, NEW.body), 'UTF8')), 'hex');
  NEW."searchBigrams" := cjk_bigrams(concat_ws(' ', NEW.title, NEW.summary, NEW.body));
  RETURN NEW;
END $$;

-- Triggers fire in name order: the content hash (10) is computed before the gate (20) reads it.
CREATE TRIGGER disclosure_10_content BEFORE INSERT OR UPDATE ON "Disclosure"
  FOR EACH ROW EXECUTE FUNCTION disclosure_content();

-- ─────────────── The legal-review gate, in the database ───────────────
-- A disclosure whose category requires legal review cannot be PUBLISHED (by any writer, even raw
-- SQL as the portal's role) unless an APPROVED review covers exactly its current content hash.
-- Notices and circulars (NOTICE) always require it; other categories when listed in the setting.
CREATE FUNCTION disclosure_requires_review(category "DisclosureCategory") RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT category = 'NOTICE' OR EXISTS (
    SELECT 1 FROM "Setting" s, jsonb_array_elements_text(s.value) AS c(name)
    WHERE s.key = 'review.requiredCategories' AND jsonb_typeof(s.value) = 'array' AND c.name = category::text)
$$;

CREATE FUNCTION disclosure_publish_gate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'PUBLISHED' AND disclosure_requires_review(NEW.category) AND NOT EXISTS (
    SELECT 1 FROM "LegalReview" r
    WHERE r."subjectType" = 'DISCLOSURE' AND r."subjectId" = NEW.id
      AND r.status = 'APPROVED' AND r."contentHash" = NEW."contentHash"
  ) THEN
    RAISE EXCEPTION 'legal review gate: disclosure % (%) has no approved legal review of its current content', NEW.id, NEW.category
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER disclosure_20_publish_gate BEFORE INSERT OR UPDATE ON "Disclosure"
  FOR EACH ROW EXECUTE FUNCTION disclosure_publish_gate();

-- An approved review is a record of what was approved: its hash and outcome cannot be rewritten.
CREATE FUNCTION legal_review_decided_is_final() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('APPROVED', 'RETURNED', 'REFERRED') AND (
    NEW."contentHash" IS DISTINCT FROM OLD."contentHash" OR NEW."subjectId" IS DISTINCT FROM OLD."subjectId"
    OR NEW."subjectType" IS DISTINCT FROM OLD."subjectType"
    OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'SUPERSEDED')) THEN
    RAISE EXCEPTION 'legal review %: a decided review cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER legal_review_decided_is_final BEFORE UPDATE ON "LegalReview"
  FOR EACH ROW EXECUTE FUNCTION legal_review_decided_is_final();

-- ─────────────── Holiday calendar 2021–2026 (reference data) ───────────────
-- Generated from the chinese-days npm package (lib/holidays/chinese-days-source.ts), checked against
-- the State Council notices in lib/domain/calendar tests. Admins edit the table from then on.
INSERT INTO "Holiday" ("date", "kind", "name") VALUES
  ('2021-01-01', 'HOLIDAY', '元旦'),
  ('2021-01-02', 'HOLIDAY', '元旦'),
  ('2021-01-03', 'HOLIDAY', '元旦'),
  ('2021-02-07', 'MAKEUP_WORKDAY', '春节'),
  ('2021-02-11', 'HOLIDAY', '春节'),
  ('2021-02-12', 'HOLIDAY', '春节'),
  ('2021-02-13', 'HOLIDAY', '春节'),
  ('2021-02-14', 'HOLIDAY', '春节'),
  ('2021-02-15', 'HOLIDAY', '春节'),
  ('2021-02-16', 'HOLIDAY', '春节'),
  ('2021-02-17', 'HOLIDAY', '春节'),
  ('2021-02-20', 'MAKEUP_WORKDAY', '春节'),
  ('2021-04-03', 'HOLIDAY', '清明节'),
  ('2021-04-04', 'HOLIDAY', '清明节'),
  ('2021-04-05', 'HOLIDAY', '清明节'),
  ('2021-04-25', 'MAKEUP_WORKDAY', '劳动节'),
  ('2021-05-01', 'HOLIDAY', '劳动节'),
  ('2021-05-02', 'HOLIDAY', '劳动节'),
  ('2021-05-03', 'HOLIDAY', '劳动节'),
  ('2021-05-04', 'HOLIDAY', '劳动节'),
  ('2021-05-05', 'HOLIDAY', '劳动节'),
  ('2021-05-08', 'MAKEUP_WORKDAY', '劳动节'),
  ('2021-06-12', 'HOLIDAY', '端午节'),
  ('2021-06-13', 'HOLIDAY', '端午节'),
  ('2021-06-14', 'HOLIDAY', '端午节'),
  ('2021-09-18', 'MAKEUP_WORKDAY', '中秋节'),
  ('2021-09-19', 'HOLIDAY', '中秋节'),
  ('2021-09-20', 'HOLIDAY', '中秋节'),
  ('2021-09-21', 'HOLIDAY', '中秋节'),
  ('2021-09-26', 'MAKEUP_WORKDAY', '国庆节'),
  ('2021-10-01', 'HOLIDAY', '国庆节'),
  ('2021-10-02', 'HOLIDAY', '国庆节'),
  ('2021-10-03', 'HOLIDAY', '国庆节'),
  ('2021-10-04', 'HOLIDAY', '国庆节'),
  ('2021-10-05', 'HOLIDAY', '国庆节'),
  ('2021-10-06', 'HOLIDAY', '国庆节'),
  ('2021-10-07', 'HOLIDAY', '国庆节'),
  ('2021-10-09', 'MAKEUP_WORKDAY', '国庆节'),
  ('2022-01-01', 'HOLIDAY', '元旦'),
  ('2022-01-02', 'HOLIDAY', '元旦'),
  ('2022-01-03', 'HOLIDAY', '元旦'),
  ('2022-01-29', 'MAKEUP_WORKDAY', '春节'),
  ('2022-01-30', 'MAKEUP_WORKDAY', '春节'),
  ('2022-01-31', 'HOLIDAY', '春节'),
  ('2022-02-01', 'HOLIDAY', '春节'),
  ('2022-02-02', 'HOLIDAY', '春节'),
  ('2022-02-03', 'HOLIDAY', '春节'),
  ('2022-02-04', 'HOLIDAY', '春节'),
  ('2022-02-05', 'HOLIDAY', '春节'),
  ('2022-02-06', 'HOLIDAY', '春节'),
  ('2022-04-02', 'MAKEUP_WORKDAY', '清明节'),
  ('2022-04-03', 'HOLIDAY', '清明节'),
  ('2022-04-04', 'HOLIDAY', '清明节'),
  ('2022-04-05', 'HOLIDAY', '清明节'),
  ('2022-04-24', 'MAKEUP_WORKDAY', '劳动节'),
  ('2022-04-30', 'HOLIDAY', '劳动节'),
  ('2022-05-01', 'HOLIDAY', '劳动节'),
  ('2022-05-02', 'HOLIDAY', '劳动节'),
  ('2022-05-03', 'HOLIDAY', '劳动节'),
  ('2022-05-04', 'HOLIDAY', '劳动节'),
  ('2022-05-07', 'MAKEUP_WORKDAY', '劳动节'),
  ('2022-06-03', 'HOLIDAY', '端午节'),
  ('2022-06-04', 'HOLIDAY', '端午节'),
  ('2022-06-05', 'HOLIDAY', '端午节'),
  ('2022-09-10', 'HOLIDAY', '中秋节'),
  ('2022-09-11', 'HOLIDAY', '中秋节'),
  ('2022-09-12', 'HOLIDAY', '中秋节'),
  ('2022-10-01', 'HOLIDAY', '国庆节'),
  ('2022-10-02', 'HOLIDAY', '国庆节'),
  ('2022-10-03', 'HOLIDAY', '国庆节'),
  ('2022-10-04', 'HOLIDAY', '国庆节'),
  ('2022-10-05', 'HOLIDAY', '国庆节'),
  ('2022-10-06', 'HOLIDAY', '国庆节'),
  ('2022-10-07', 'HOLIDAY', '国庆节'),
  ('2022-10-08', 'MAKEUP_WORKDAY', '国庆节'),
  ('2022-10-09', 'MAKEUP_WORKDAY', '国庆节'),
  ('2022-12-31', 'HOLIDAY', '元旦'),
  ('2023-01-01', 'HOLIDAY', '元旦'),
  ('2023-01-02', 'HOLIDAY', '元旦'),
  ('2023-01-21', 'HOLIDAY', '春节'),
  ('2023-01-22', 'HOLIDAY', '春节'),
  ('2023-01-23', 'HOLIDAY', '春节'),
  ('2023-01-24', 'HOLIDAY', '春节'),
  ('2023-01-25', 'HOLIDAY', '春节'),
  ('2023-01-26', 'HOLIDAY', '春节'),
  ('2023-01-27', 'HOLIDAY', '春节'),
  ('2023-01-28', 'MAKEUP_WORKDAY', '春节'),
  ('2023-01-29', 'MAKEUP_WORKDAY', '春节'),
  ('2023-04-05', 'HOLIDAY', '清明节'),
  ('2023-04-23', 'MAKEUP_WORKDAY', '劳动节'),
  ('2023-04-29', 'HOLIDAY', '劳动节'),
  ('2023-04-30', 'HOLIDAY', '劳动节'),
  ('2023-05-01', 'HOLIDAY', '劳动节'),
  ('2023-05-02', 'HOLIDAY', '劳动节'),
  ('2023-05-03', 'HOLIDAY', '劳动节'),
  ('2023-05-06', 'MAKEUP_WORKDAY', '劳动节'),
  ('2023-06-22', 'HOLIDAY', '端午节'),
  ('2023-06-23', 'HOLIDAY', '端午节'),
  ('2023-06-24', 'HOLIDAY', '端午节'),
  ('2023-06-25', 'MAKEUP_WORKDAY', '端午节'),
  ('2023-09-29', 'HOLIDAY', '中秋节'),
  ('2023-09-30', 'HOLIDAY', '国庆节'),
  ('2023-10-01', 'HOLIDAY', '国庆节'),
  ('2023-10-02', 'HOLIDAY', '国庆节'),
  ('2023-10-03', 'HOLIDAY', '国庆节'),
  ('2023-10-04', 'HOLIDAY', '国庆节'),
  ('2023-10-05', 'HOLIDAY', '国庆节'),
  ('2023-10-06', 'HOLIDAY', '国庆节'),
  ('2023-10-07', 'MAKEUP_WORKDAY', '国庆节'),
  ('2023-10-08', 'MAKEUP_WORKDAY', '国庆节'),
  ('2024-01-01', 'HOLIDAY', '元旦'),
  ('2024-02-04', 'MAKEUP_WORKDAY', '春节'),
  ('2024-02-10', 'HOLIDAY', '春节'),
  ('2024-02-11', 'HOLIDAY', '春节'),
  ('2024-02-12', 'HOLIDAY', '春节'),
  ('2024-02-13', 'HOLIDAY', '春节'),
  ('2024-02-14', 'HOLIDAY', '春节'),
  ('2024-02-15', 'HOLIDAY', '春节'),
  ('2024-02-16', 'HOLIDAY', '春节'),
  ('2024-02-17', 'HOLIDAY', '春节'),
  ('2024-02-18', 'MAKEUP_WORKDAY', '春节'),
  ('2024-04-04', 'HOLIDAY', '清明节'),
  ('2024-04-05', 'HOLIDAY', '清明节'),
  ('2024-04-06', 'HOLIDAY', '清明节'),
  ('2024-04-07', 'MAKEUP_WORKDAY', '清明节'),
  ('2024-04-28', 'MAKEUP_WORKDAY', '劳动节'),
  ('2024-05-01', 'HOLIDAY', '劳动节'),
  ('2024-05-02', 'HOLIDAY', '劳动节'),
  ('2024-05-03', 'HOLIDAY', '劳动节'),
  ('2024-05-04', 'HOLIDAY', '劳动节'),
  ('2024-05-05', 'HOLIDAY', '劳动节'),
  ('2024-05-11', 'MAKEUP_WORKDAY', '劳动节'),
  ('2024-06-10', 'HOLIDAY', '端午节'),
  ('2024-09-14', 'MAKEUP_WORKDAY', '中秋节'),
  ('2024-09-15', 'HOLIDAY', '中秋节'),
  ('2024-09-16', 'HOLIDAY', '中秋节'),
  ('2024-09-17', 'HOLIDAY', '中秋节'),
  ('2024-09-29', 'MAKEUP_WORKDAY', '国庆节'),
  ('2024-10-01', 'HOLIDAY', '国庆节'),
  ('2024-10-02', 'HOLIDAY', '国庆节'),
  ('2024-10-03', 'HOLIDAY', '国庆节'),
  ('2024-10-04', 'HOLIDAY', '国庆节'),
  ('2024-10-05', 'HOLIDAY', '国庆节'),
  ('2024-10-06', 'HOLIDAY', '国庆节'),
  ('2024-10-07', 'HOLIDAY', '国庆节'),
  ('2024-10-12', 'MAKEUP_WORKDAY', '国庆节'),
  ('2025-01-01', 'HOLIDAY', '元旦'),
  ('2025-01-26', 'MAKEUP_WORKDAY', '春节'),
  ('2025-01-28', 'HOLIDAY', '春节'),
  ('2025-01-29', 'HOLIDAY', '春节'),
  ('2025-01-30', 'HOLIDAY', '春节'),
  ('2025-01-31', 'HOLIDAY', '春节'),
  ('2025-02-01', 'HOLIDAY', '春节'),
  ('2025-02-02', 'HOLIDAY', '春节'),
  ('2025-02-03', 'HOLIDAY', '春节'),
  ('2025-02-04', 'HOLIDAY', '春节'),
  ('2025-02-08', 'MAKEUP_WORKDAY', '春节'),
  ('2025-04-04', 'HOLIDAY', '清明节'),
  ('2025-04-05', 'HOLIDAY', '清明节'),
  ('2025-04-06', 'HOLIDAY', '清明节'),
  ('2025-04-27', 'MAKEUP_WORKDAY', '劳动节'),
  ('2025-05-01', 'HOLIDAY', '劳动节'),
  ('2025-05-02', 'HOLIDAY', '劳动节'),
  ('2025-05-03', 'HOLIDAY', '劳动节'),
  ('2025-05-04', 'HOLIDAY', '劳动节'),
  ('2025-05-05', 'HOLIDAY', '劳动节'),
  ('2025-05-31', 'HOLIDAY', '端午节'),
  ('2025-06-01', 'HOLIDAY', '端午节'),
  ('2025-06-02', 'HOLIDAY', '端午节'),
  ('2025-09-28', 'MAKEUP_WORKDAY', '国庆节'),
  ('2025-10-01', 'HOLIDAY', '国庆节'),
  ('2025-10-02', 'HOLIDAY', '国庆节'),
  ('2025-10-03', 'HOLIDAY', '国庆节'),
  ('2025-10-04', 'HOLIDAY', '国庆节'),
  ('2025-10-05', 'HOLIDAY', '国庆节'),
  ('2025-10-06', 'HOLIDAY', '中秋节'),
  ('2025-10-07', 'HOLIDAY', '国庆节'),
  ('2025-10-08', 'HOLIDAY', '国庆节'),
  ('2025-10-11', 'MAKEUP_WORKDAY', '国庆节'),
  ('2026-01-01', 'HOLIDAY', '元旦'),
  ('2026-01-02', 'HOLIDAY', '元旦'),
  ('2026-01-03', 'HOLIDAY', '元旦'),
  ('2026-01-04', 'MAKEUP_WORKDAY', '元旦'),
  ('2026-02-14', 'MAKEUP_WORKDAY', '春节'),
  ('2026-02-15', 'HOLIDAY', '春节'),
  ('2026-02-16', 'HOLIDAY', '春节'),
  ('2026-02-17', 'HOLIDAY', '春节'),
  ('2026-02-18', 'HOLIDAY', '春节'),
  ('2026-02-19', 'HOLIDAY', '春节'),
  ('2026-02-20', 'HOLIDAY', '春节'),
  ('2026-02-21', 'HOLIDAY', '春节'),
  ('2026-02-22', 'HOLIDAY', '春节'),
  ('2026-02-23', 'HOLIDAY', '春节'),
  ('2026-02-28', 'MAKEUP_WORKDAY', '春节'),
  ('2026-04-04', 'HOLIDAY', '清明节'),
  ('2026-04-05', 'HOLIDAY', '清明节'),
  ('2026-04-06', 'HOLIDAY', '清明节'),
  ('2026-05-01', 'HOLIDAY', '劳动节'),
  ('2026-05-02', 'HOLIDAY', '劳动节'),
  ('2026-05-03', 'HOLIDAY', '劳动节'),
  ('2026-05-04', 'HOLIDAY', '劳动节'),
  ('2026-05-05', 'HOLIDAY', '劳动节'),
  ('2026-05-09', 'MAKEUP_WORKDAY', '劳动节'),
  ('2026-06-19', 'HOLIDAY', '端午节'),
  ('2026-06-20', 'HOLIDAY', '端午节'),
  ('2026-06-21', 'HOLIDAY', '端午节'),
  ('2026-09-20', 'MAKEUP_WORKDAY', '国庆节'),
  ('2026-09-25', 'HOLIDAY', '中秋节'),
  ('2026-09-26', 'HOLIDAY', '中秋节'),
  ('2026-09-27', 'HOLIDAY', '中秋节'),
  ('2026-10-01', 'HOLIDAY', '国庆节'),
  ('2026-10-02', 'HOLIDAY', '国庆节'),
  ('2026-10-03', 'HOLIDAY', '国庆节'),
  ('2026-10-04', 'HOLIDAY', '国庆节'),
  ('2026-10-05', 'HOLIDAY', '国庆节'),
  ('2026-10-06', 'HOLIDAY', '国庆节'),
  ('2026-10-07', 'HOLIDAY', '国庆节'),
  ('2026-10-10', 'MAKEUP_WORKDAY', '国庆节');
