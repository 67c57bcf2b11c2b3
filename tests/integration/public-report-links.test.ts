import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getCaseDetail } from '@/lib/queries/enforcement/cases';
import { listWatchedOrganisations } from '@/lib/queries/evidence/watchlist';
import { acceptReport } from '@/lib/services/public-reports/triage';
import { caseFields, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';
import { makeOfficer } from '../factories/officers';
import { makeUser } from '../factories/users';

// Issue 13: a report accepted into a watch-list entry or linked to a case is shown on that entry and
// on the case (linked both ways), with the reporter's name and contact only for the case's own people.

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const REPORTER = { name: '孙举报', contact: '13912345678' };
let w: CaseWorld;
let outsider: Actor;

async function report(fields: { anonymous: boolean; code: string }) {
  return db().publicReport.create({
    data: {
      kind: 'ILLEGAL_ORG',
      trackingCodeHash: `test-${fields.code}`,
      receivedOn: new Date(`${today}T00:00:00Z`),
      anonymous: fields.anonymous,
      reporterName: fields.anonymous ? null : REPORTER.name,
      reporterContact: fields.anonymous ? null : REPORTER.contact,
      organisationName: '东城国学互助会',
      place: '东城路8号',
      description: '未经登记以“国学互助”名义收取会费',
    },
  });
}

let named: { id: string };
let anonymous: { id: string };
let caseId: string;
let watchedId: string;

beforeAll(async () => {
  w = await makeCaseWorld(db());
  outsider = await makeUser(db(), { roles: ['OFFICER'], name: '周局外' });
  await makeOfficer(db(), w.admin, { name: '周局外', userId: outsider.id });
  named = await report({ anonymous: false, code: 'named' });
  anonymous = await report({ anonymous: true, code: 'anonymous' });
  // The named report puts the organisation on the watch list; a ban case is opened from that entry;
  // the anonymous report is then linked to the case by its number.
  await acceptReport(db(), w.officer, { reportId: named.id, on: today, link: 'WATCHLIST', caseNumber: '' });
  watchedId = (await db().publicReport.findUniqueOrThrow({ where: { id: named.id } })).watchedOrganisationId!;
  const filed = await fileTestCase(
    db(),
    w.officer,
    caseFields(w, {
      caseType: 'ILLEGAL_SOCIAL_ORG_BAN',
      caseTitle: '取缔东城国学互助会案',
      partyKind0: 'ORGANISATION',
      partyName0: '东城国学互助会',
      partyIdNumber0: '',
      filedOn: today,
      watchedOrganisationId: watchedId,
    }),
    new Date(),
  );
  caseId = filed.id;
  const { caseNumber } = await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId } });
  await acceptReport(db(), w.officer, { reportId: anonymous.id, on: today, link: 'CASE', caseNumber });
});

describe('reports linked both ways', () => {
  it('the watch-list entry lists the report that led to it, without the reporter', async () => {
    const entry = (await listWatchedOrganisations(db())).find((row) => row.id === watchedId)!;
    expect(entry.reports).toEqual([{ id: named.id, kind: 'ILLEGAL_ORG', receivedOn: today, status: 'ACCEPTED', anonymous: false, reporter: null }]);
    expect(JSON.stringify(entry)).not.toContain(REPORTER.name);
    expect(JSON.stringify(entry)).not.toContain(REPORTER.contact);
  });

  it("the case lists both reports; its officers see the named reporter's name and contact", async () => {
    const d = await getCaseDetail(db(), caseId, w.officer);
    expect(d.reports).toEqual([
      { id: named.id, kind: 'ILLEGAL_ORG', receivedOn: today, status: 'ACCEPTED', anonymous: false, reporter: REPORTER },
      { id: anonymous.id, kind: 'ILLEGAL_ORG', receivedOn: today, status: 'ACCEPTED', anonymous: true, reporter: null },
    ]);
  });

  it('staff not on the case see the reports but nothing of the reporter', async () => {
    const d = await getCaseDetail(db(), caseId, outsider);
    expect(d.seesPersonalData).toBe(false);
    expect(d.reports.map((r) => [r.id, r.status, r.reporter])).toEqual([
      [named.id, 'ACCEPTED', null],
      [anonymous.id, 'ACCEPTED', null],
    ]);
    expect(JSON.stringify(d)).not.toContain(REPORTER.name);
    expect(JSON.stringify(d)).not.toContain(REPORTER.contact);
  });
});
