import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { METRICS, metric, metricHref, metricValues, type MetricDef } from '@/lib/queries/metrics/registry';
import { seedDemo } from '@/prisma/seed/demo';

// The registry's figures on the demo data (the seed report's 2021 figures), every figure equal to
// the records listed behind it, and figures that move when the records move.

async function assertConsistent(def: MetricDef, year: number) {
  const db = getDb();
  const [value, records] = await Promise.all([def.value(db, year), def.records(db, year)]);
  const expected = def.kind === 'sum' ? records.reduce((sum, r) => sum + (r.amount ?? 0), 0) : records.length;
  expect({ key: def.key, year, value }).toEqual({ key: def.key, year, value: expected });
  expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
}

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await seedDemo(getDb())).toBe('seeded');
}, 600_000);

describe('metrics registry on the demo data', () => {
  it('states the seed report’s 2021 figures', async () => {
    const values = await metricValues(getDb(), 2021, [
      'disclosures.published',
      'officers.enforcement',
      'officers.hearingHosts',
      'officers.certifiedAndOnPlatform',
      'trainings.held',
      'publicity.offlineEvents',
      'publicity.leaflets',
      'inspections.elderlyCare',
      'inspections.jointElderlyCareInstitutions',
      'entities.elderlyCare',
      'entities.elderlyCareUncovered',
    ]);
    expect(values).toMatchObject({
      'disclosures.published': 365,
      'officers.enforcement': 12,
      'officers.hearingHosts': 1,
      'officers.certifiedAndOnPlatform': 13,
      'trainings.held': 1,
      'publicity.offlineEvents': 4,
      'inspections.elderlyCare': 192,
      'inspections.jointElderlyCareInstitutions': 29,
      'entities.elderlyCare': 29,
      'entities.elderlyCareUncovered': 0,
    });
    expect(values['publicity.leaflets']).toBeGreaterThan(15_000);
    expect(await metricValues(getDb(), 2021, ['publicity.onlinePublications'])).toEqual({ 'publicity.onlinePublications': 4 });
  });

  it('has, for every metric and year, a value equal to its records (count, or the sum of amounts)', async () => {
    for (const def of Object.values(METRICS)) {
      for (const year of [2020, 2021, 2022]) await assertConsistent(def, year);
    }
  }, 120_000);

  it('sums disclosures by category to the total, and lists records with links and dates in the year', async () => {
    const db = getDb();
    const values = await metricValues(db, 2021);
    const byCategory = Object.entries(values).filter(([key]) => key.startsWith('disclosures.category.'));
    expect(byCategory).toHaveLength(8);
    expect(byCategory.reduce((sum, [, v]) => sum + v, 0)).toBe(values['disclosures.published']);
    const records = await metric('disclosures.published').records(db, 2021);
    expect(records.every((r) => r.date !== null && r.date.startsWith('2021-') && r.href === `/staff/disclosures/${r.id}`)).toBe(true);
    const leaflets = await metric('publicity.leaflets').records(db, 2021);
    expect(leaflets.map((r) => r.amount).sort()).toEqual([3600, 3700, 3800, 4000]);
  });

  it('rejects unknown keys and builds record-list links', () => {
    expect(() => metric('no.such.metric')).toThrow(/unknown metric/);
    expect(metricHref('disclosures.published', 2021)).toBe('/staff/dashboard/records?metric=disclosures.published&year=2021');
  });
});

describe('figures follow the records', () => {
  it('drops a training when it is removed', async () => {
    const db = getDb();
    const training = await db.training.findFirstOrThrow({ where: { heldOn: new Date('2021-06-25') } });
    const attendances = await db.trainingAttendance.findMany({ where: { trainingId: training.id } });
    await db.trainingAttendance.deleteMany({ where: { trainingId: training.id } });
    await db.training.delete({ where: { id: training.id } });
    expect(await metricValues(db, 2021, ['trainings.held', 'officers.trained'])).toEqual({ 'trainings.held': 0, 'officers.trained': 0 });
    await db.training.create({ data: { ...training, attendances: { create: attendances.map(({ officerId, attended }) => ({ officerId, attended })) } } });
    expect(await metricValues(db, 2021, ['trainings.held', 'officers.trained'])).toEqual({ 'trainings.held': 1, 'officers.trained': 13 });
  });

  it('moves an inspection and a disclosure out of 2021 into 2022', async () => {
    const db = getDb();
    const joint = await db.inspection.findFirstOrThrow({ where: { kind: 'JOINT', inspectedOn: { gte: new Date('2021-12-01') } }, orderBy: { inspectedOn: 'desc' } });
    await db.inspection.update({ where: { id: joint.id }, data: { inspectedOn: new Date('2022-01-05') } });
    const item = await db.disclosure.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'desc' } });
    // 16:00 UTC on 31 December is midnight of 1 January in Shanghai: counted in 2022.
    await db.disclosure.update({ where: { id: item.id }, data: { publishedAt: new Date('2021-12-31T16:00:00Z') } });
    const keys = ['inspections.elderlyCare', 'inspections.jointElderlyCareInstitutions', 'entities.elderlyCareUncovered', 'disclosures.published'];
    const [y2021, y2022] = await Promise.all([metricValues(db, 2021, keys), metricValues(db, 2022, keys)]);
    expect(y2021).toMatchObject({ 'inspections.elderlyCare': 191, 'inspections.jointElderlyCareInstitutions': 28, 'disclosures.published': 364 });
    expect(y2021['entities.elderlyCareUncovered']).toBe(0);
    expect(y2022).toMatchObject({ 'inspections.elderlyCare': 1, 'inspections.jointElderlyCareInstitutions': 1, 'disclosures.published': 1 });
    const jointRecords = await metric('inspections.jointElderlyCareInstitutions').records(db, 2021);
    expect(jointRecords.map((r) => r.id)).not.toContain(joint.entityId);
    await db.inspection.update({ where: { id: joint.id }, data: { inspectedOn: joint.inspectedOn } });
    await db.disclosure.update({ where: { id: item.id }, data: { publishedAt: item.publishedAt } });
    expect(await metricValues(db, 2021, keys)).toMatchObject({ 'inspections.elderlyCare': 192, 'disclosures.published': 365 });
  });

  it('counts devices in service at some time in the year (from their dates), and officers whose certificate was in force', async () => {
    const db = getDb();
    const before = await metricValues(db, 2021, ['devices.bodyCameras', 'devices.cameras']);
    await db.recordingDevice.createMany({
      data: [
        { code: 'T-BC-2021', kind: 'BODY_CAMERA', model: '测试型', inServiceFrom: new Date('2021-05-01') },
        { code: 'T-BC-2022', kind: 'BODY_CAMERA', model: '测试型', inServiceFrom: new Date('2022-02-01') },
        // Retired on 1 January 2021: not in service at any time that year.
        { code: 'T-CAM-OFF', kind: 'CAMERA', model: '测试型', active: false, inServiceFrom: new Date('2019-05-01'), retiredOn: new Date('2021-01-01') },
      ],
    });
    expect(await metricValues(db, 2021, ['devices.bodyCameras', 'devices.cameras'])).toEqual({
      'devices.bodyCameras': before['devices.bodyCameras']! + 1,
      'devices.cameras': before['devices.cameras'],
    });
    // A certificate revoked on 1 January 2021 (Shanghai) was never in force that year.
    const officer = await db.officer.findFirstOrThrow({ where: { name: '王建国' }, include: { certificates: true } });
    const certificate = officer.certificates[0]!;
    await db.certificate.update({ where: { id: certificate.id }, data: { revokedAt: new Date('2020-12-31T16:30:00Z') } });
    const revoked = await metricValues(db, 2021, ['officers.enforcement', 'officers.certifiedAndOnPlatform']);
    expect(revoked).toEqual({ 'officers.enforcement': 11, 'officers.certifiedAndOnPlatform': 12 });
    expect(await metricValues(db, 2020, ['officers.enforcement'])).toEqual({ 'officers.enforcement': 12 });
    await db.certificate.update({ where: { id: certificate.id }, data: { revokedAt: null, platformRegistered: false } });
    expect(await metricValues(db, 2021, ['officers.enforcement', 'officers.certifiedAndOnPlatform'])).toEqual({
      'officers.enforcement': 12,
      'officers.certifiedAndOnPlatform': 12,
    });
    await db.certificate.update({ where: { id: certificate.id }, data: { platformRegistered: true } });
  });
});
