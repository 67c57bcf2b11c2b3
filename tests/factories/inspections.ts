import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreateEntityInput, RecordInspectionInput } from '@/lib/schemas/inspections';
import { makeOfficer } from './officers';
import { createSupervisedEntity } from '@/lib/services/inspections/create-entity';
import { createInspectionPlan } from '@/lib/services/inspections/create-plan';
import { recordInspection } from '@/lib/services/inspections/record-inspection';

// Officers, certificates, entities and inspections are made through the same services the staff
// pages call (same rules, same audit rows).

export type CertificateOptions = { validFrom?: string; validTo?: string; examPassed?: boolean; platformRegistered?: boolean };

// An officer with one enforcement certificate (valid 2020–2030 unless told otherwise), made by the
// officers area's factory through its services.
export async function makeCertifiedOfficer(db: Db, admin: Actor, name: string, options: CertificateOptions = {}): Promise<string> {
  const officer = await makeOfficer(db, admin, { name, unit: '市中区民政局执法大队', certificates: [options] });
  return officer.id;
}

export const entityInput = (overrides: Partial<CreateEntityInput> = {}): CreateEntityInput => ({
  entityKind: 'ELDERLY_CARE',
  entityName: `市中区福寿养老院${randomBytes(2).toString('hex')}`,
  address: '市中区幸福路1号',
  licenceNo: undefined,
  registeredOn: undefined,
  filedOn: '2019-05-06',
  ...overrides,
});

export async function makeEntity(db: Db, officer: Actor, overrides: Partial<CreateEntityInput> = {}) {
  return createSupervisedEntity(db, officer, entityInput(overrides));
}

export async function makePlan(db: Db, officer: Actor, year: number) {
  return createInspectionPlan(db, officer, { planYear: year, planTitle: `${year}年度养老机构监督检查计划` });
}

export const inspectionInput = (overrides: Partial<RecordInspectionInput> & Pick<RecordInspectionInput, 'entityId' | 'inspectorIds'>): RecordInspectionInput => ({
  planId: undefined,
  inspectionKind: 'ROUTINE',
  inspectedOn: '2026-03-02',
  onSite: true,
  partnerDepartments: [],
  itemsChecked: ['消防设施', '食品安全'],
  findings: [],
  inspectionSummary: '',
  ...overrides,
});

export async function makeInspection(db: Db, officer: Actor, input: Parameters<typeof inspectionInput>[0], now?: Date) {
  return recordInspection(db, officer, inspectionInput(input), now);
}

/** Rows of this area's tables and the audit log, to show a refusal wrote nothing. */
export async function inspectionRowCounts(db: Db) {
  const [entities, conflicts, plans, draws, inspections, findings, rectifications, rechecks, disclosures, audit] = await Promise.all([
    db.supervisedEntity.count(),
    db.officerConflict.count(),
    db.inspectionPlan.count(),
    db.randomDraw.count(),
    db.inspection.count(),
    db.finding.count(),
    db.rectification.count(),
    db.recheck.count(),
    db.disclosure.count(),
    db.auditEvent.count(),
  ]);
  return { entities, conflicts, plans, draws, inspections, findings, rectifications, rechecks, disclosures, audit };
}
