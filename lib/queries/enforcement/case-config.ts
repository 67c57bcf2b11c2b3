import 'server-only';
import type { Db, Tx } from '@/lib/db';
import {
  DEFAULT_MAJOR_CATALOGUE,
  ENFORCEMENT_SETTING_KEYS,
  isCaseType,
  isPenaltyKind,
  type CaseType,
  type DiscretionBand,
  type EnforcementSettings,
  type MajorCatalogue,
  type NoPenaltyCondition,
  type NoPenaltyItem,
  type TemplateOptions,
  STATUTORY_NO_PENALTY_ITEMS,
} from '@/lib/domain/enforcement';
import { readSetting } from '@/lib/queries/settings/read-setting';

// The bureau's configuration the case rules read, from the Setting, DiscretionBand and
// NoPenaltyListItem tables (inside the caller's transaction).

export async function loadEnforcementSettings(tx: Db | Tx): Promise<EnforcementSettings> {
  const entries = await Promise.all(ENFORCEMENT_SETTING_KEYS.map(async (key) => [key, Number(await readSetting(tx, key))] as const));
  return Object.fromEntries(entries) as EnforcementSettings;
}

/** The major-decision catalogue from the 'major.*' settings (unknown entries ignored). */
export async function loadMajorCatalogue(tx: Db | Tx): Promise<MajorCatalogue> {
  const [caseTypes, person, organisation, confiscation, kinds] = await Promise.all([
    readSetting(tx, 'major.caseTypes'),
    readSetting(tx, 'major.fineThresholdPerson'),
    readSetting(tx, 'major.fineThresholdOrganisation'),
    readSetting(tx, 'major.confiscationThreshold'),
    readSetting(tx, 'major.penaltyKinds'),
  ]);
  const positive = (n: number) => (Number.isFinite(n) && n > 0 ? n : null);
  return {
    ...DEFAULT_MAJOR_CATALOGUE,
    caseTypes: caseTypes.filter(isCaseType),
    fineThresholdPerson: positive(person),
    fineThresholdOrganisation: positive(organisation),
    confiscationThreshold: positive(confiscation),
    penaltyKinds: kinds.filter(isPenaltyKind),
  };
}

/** 'recording.requiredSteps' entries of the form TYPE.STEP upgrade that step's recording to REQUIRED. */
export async function loadTemplateOptions(tx: Db | Tx, type: CaseType): Promise<TemplateOptions> {
  const entries = await readSetting(tx, 'recording.requiredSteps');
  const recording: Record<string, 'REQUIRED'> = {};
  for (const entry of entries) {
    const [entryType, step] = String(entry).split('.');
    if (entryType === type && step) recording[step] = 'REQUIRED';
  }
  return { recording };
}

export async function loadBureauName(tx: Db | Tx): Promise<string> {
  return readSetting(tx, 'bureau.name');
}

const discretionBandRows = (tx: Db | Tx) => tx.discretionBand.findMany({ orderBy: [{ violationType: 'asc' }, { minFine: 'asc' }] });
const noPenaltyRows = (tx: Db | Tx) => tx.noPenaltyListItem.findMany({ orderBy: { createdAt: 'asc' } });

/** The bureau's discretion bands and own no-penalty items as stored (the admin page lists them). */
export async function listEnforcementConfig(db: Db) {
  const [bands, items] = await Promise.all([discretionBandRows(db), noPenaltyRows(db)]);
  return { bands, items };
}

export async function loadDiscretionBands(tx: Db | Tx): Promise<DiscretionBand[]> {
  const rows = await discretionBandRows(tx);
  return rows.map((r) => ({ violationType: r.violationType, violationName: r.violationName, severity: r.severity, minFine: r.minFine, maxFine: r.maxFine }));
}

/** The statutory items followed by the bureau's own. */
export async function loadNoPenaltyList(tx: Db | Tx): Promise<NoPenaltyItem[]> {
  const rows = await noPenaltyRows(tx);
  return [
    ...STATUTORY_NO_PENALTY_ITEMS,
    ...rows.map((r) => ({
      id: r.id,
      violationType: r.violationType,
      title: r.title,
      conditions: r.conditions as NoPenaltyCondition[],
      outcome: r.outcome,
      citation: r.citation,
    })),
  ];
}
