import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { listAssignableOfficers } from '@/lib/queries/officers/assignable-officers';
import { getOfficerFigures } from '@/lib/queries/officers/officer-figures';
import { getPublicityLedger, listResponsibilities } from '@/lib/queries/publicity/publicity-ledger';
import { seedOfficersAndPublicity } from '@/prisma/seed/officers-publicity';
import { ensureAdmin, makeUser } from '../factories/users';

// The demo data, built through the services, reproduces the seed report's 2021 figures.
describe('officers and publicity demo data', () => {
  it('gives 12 certified officers and 1 hearing host (13 people, all exam-passed and on the platform), 1 training, 4 events with 15,000+ leaflets', async () => {
    const db = getDb();
    const admin = await ensureAdmin(db);
    const editor = await makeUser(db, { roles: ['EDITOR'] });
    const host = await makeUser(db, { roles: ['OFFICER', 'HEARING_HOST'], email: 'host@demo.minzheng.gov.cn', name: '刘听证' });
    const auditBefore = await db.auditEvent.count();
    expect(await seedOfficersAndPublicity(db, { admin, editor })).toEqual({ officers: 13, activities: 10 });

    const officers = await getOfficerFigures(db, { year: 2021 });
    expect(officers).toMatchObject({ certifiedOfficers: 12, hearingHosts: 1, people: 13, examPassed: 13, onPlatform: 13, trainings: 1, trained: 13 });
    const ledger = await getPublicityLedger(db, { year: 2021 });
    expect(ledger.totals.events).toBe(4);
    expect(ledger.totals.leaflets).toBe(15_100);
    expect(ledger.entries.filter((entry) => entry.channel === '微信公众号').length).toBeGreaterThanOrEqual(4);
    expect((await listResponsibilities(db, { year: 2021 })).length).toBe(5);
    expect((await listAssignableOfficers(db, { on: new Date('2021-05-10T02:00:00Z') })).length).toBe(12);
    expect((await listAssignableOfficers(db, { on: new Date('2021-05-10T02:00:00Z'), kind: 'HEARING_HOST' })).map((o) => o.userId)).toEqual([host.id]);
    // Every record went through a service: one audit row each (13 officers, 13 certificates,
    // 1 training, 5 plan items, 10 activities).
    expect((await db.auditEvent.count()) - auditBefore).toBe(42);

    // Running it again adds nothing.
    expect(await seedOfficersAndPublicity(db, { admin, editor })).toEqual({ officers: 0, activities: 0 });
  });
});
