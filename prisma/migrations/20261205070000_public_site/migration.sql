-- Catalogue metadata for the public detail page (issue 13): 文号, 主题分类, and the period of
-- validity of normative documents (有效性). All optional: existing rows keep showing "—".
ALTER TABLE "Disclosure" ADD COLUMN "documentNumber" TEXT,
ADD COLUMN "topic" TEXT,
ADD COLUMN "validFrom" DATE,
ADD COLUMN "validUntil" DATE;
