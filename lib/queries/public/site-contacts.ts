import 'server-only';
import { getDb } from '@/lib/db';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { readSetting } from '@/lib/queries/settings/read-setting';

// The complaint line (setting bureau.complaintLine) for the public footer and the guide. The build
// has no database (ADR 0005): pages prerendered then carry the default and re-read the setting
// when they revalidate.
export async function publicComplaintLine(): Promise<string> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return String(SETTING_DEFAULTS['bureau.complaintLine'].value);
  return String(await readSetting(getDb(), 'bureau.complaintLine'));
}
