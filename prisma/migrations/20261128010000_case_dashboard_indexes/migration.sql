-- The director dashboard's yearly case figures filter on these dates (bench/dashboard.ts, 1M cases).
CREATE INDEX "EnforcementCase_filedOn_idx" ON "EnforcementCase"("filedOn");
CREATE INDEX "EnforcementCase_revokedOn_idx" ON "EnforcementCase"("revokedOn");
CREATE INDEX "EnforcementCase_hearingHeldOn_idx" ON "EnforcementCase"("hearingHeldOn");
