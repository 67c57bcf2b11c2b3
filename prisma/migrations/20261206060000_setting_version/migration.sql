-- Optimistic concurrency on settings (issue 17, ADR 0031): two administrators changing the same
-- setting at once: the second, made from an older version, is refused with a conflict message.
-- portal_app already has SELECT/INSERT/UPDATE on "Setting"; a new column needs no new grant.
ALTER TABLE "Setting" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
