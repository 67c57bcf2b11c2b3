import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';
import { listPublishedExposures } from '@/lib/queries/evidence/watchlist';
import { getPublicDisclosure } from '@/lib/queries/public/detail';
import { seedDemo } from '@/prisma/seed/demo';

// The demo data must reproduce the seed report's 2021 figures, read as shared/docs/domain.md
// reads them, counted here from the records the services created (never inserted counts).
const in2021 = { gte: new Date('2021-01-01T00:00:00+08:00'), lt: new Date('2022-01-01T00:00:00+08:00') };
const days2021 = { gte: new Date('2021-01-01'), lte: new Date('2021-12-31') };

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await seedDemo(getDb())).toBe('seeded');
}, 600_000);

describe('demo data (2021, the seed report)', () => {
  it('publishes 365 items in 2021, all categories together, each through the workflow', async () => {
    const db = getDb();
    expect(await db.disclosure.count({ where: { status: 'PUBLISHED', publishedAt: in2021 } })).toBe(365);
    const withoutSecrecyCheck = await db.disclosure.count({ where: { status: 'PUBLISHED', secrecyCheckedById: null } });
    expect(withoutSecrecyCheck).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'disclosure.publish' } })).toBe(365);
  });

  it('has every 2021 notice and circular legally reviewed (approved on its published content) before publication', async () => {
    const db = getDb();
    const notices = await db.disclosure.findMany({ where: { category: 'NOTICE', publishedAt: in2021 } });
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) {
      const review = await db.legalReview.findFirst({
        where: { subjectType: 'DISCLOSURE', subjectId: notice.id, status: 'APPROVED', contentHash: notice.contentHash },
        include: { externalOpinions: true },
      });
      expect(review?.decidedAt?.getTime()).toBeLessThanOrEqual(notice.publishedAt!.getTime());
      expect(review?.externalOpinions[0]?.issuingBody).toContain('司法局');
    }
  });

  it('has 12 certified enforcement officers and 1 hearing host (13 people), all exam-certified and on the platform, and 1 training', async () => {
    const db = getDb();
    const certificates = await db.certificate.findMany({ where: { revokedAt: null } });
    const people = (kind: string) => new Set(certificates.filter((c) => c.kind === kind).map((c) => c.officerId)).size;
    expect(people('ENFORCEMENT')).toBe(12);
    expect(people('HEARING_HOST')).toBe(1);
    expect(new Set(certificates.map((c) => c.officerId)).size).toBe(13);
    expect(certificates.every((c) => c.examPassed && c.platformRegistered)).toBe(true);
    expect(await db.training.count({ where: { heldOn: days2021 } })).toBe(1);
  });

  it('has 4 offline publicity events with more than 15,000 leaflets, and WeChat publications', async () => {
    const db = getDb();
    const events = await db.publicityActivity.findMany({ where: { kind: 'OFFLINE_EVENT', heldOn: days2021 } });
    expect(events).toHaveLength(4);
    expect(events.reduce((sum, e) => sum + e.leaflets, 0)).toBeGreaterThan(15_000);
    expect(await db.publicityActivity.count({ where: { kind: 'ONLINE_PUBLICATION', channel: { contains: '微信' }, heldOn: days2021 } })).toBeGreaterThan(0);
  });

  it('has 192 inspections of elderly-care institutions, each by two certified inspectors, 29 of them joint, one at each of the 29 institutions, rectified to closure', async () => {
    const db = getDb();
    const where = { inspectedOn: days2021, entity: { kind: 'ELDERLY_CARE' as const } };
    const inspections = await db.inspection.findMany({ where, include: { inspectors: true } });
    expect(inspections).toHaveLength(192);
    expect(inspections.every((i) => i.inspectors.length >= 2)).toBe(true);
    const joint = inspections.filter((i) => i.kind === 'JOINT');
    expect(joint).toHaveLength(29);
    expect(new Set(joint.map((i) => i.entityId)).size).toBe(29);
    expect(await db.supervisedEntity.count({ where: { kind: 'ELDERLY_CARE' } })).toBe(29);
    for (const i of joint) expect(i.partnerDepartments).toEqual(expect.arrayContaining(['消防', '市场监管']));
    expect(await db.rectification.count({ where: { status: { not: 'CLOSED' } } })).toBe(0);
  });

  it('publishes an exposure item through the workflow: watch list → ban case → exposure draft → secrecy check → publish', async () => {
    const db = getDb();
    const exposures = await listPublishedExposures(db);
    expect(exposures).toHaveLength(1);
    const [item] = exposures;
    const organisation = await db.watchedOrganisation.findFirstOrThrow({ where: { exposureDisclosureId: item!.id } });
    expect(organisation.status).toBe('BANNED');
    const banCase = await db.enforcementCase.findFirstOrThrow({ where: { watchedOrganisationId: organisation.id, type: 'ILLEGAL_SOCIAL_ORG_BAN' } });
    expect(banCase.closedOn).not.toBeNull();
    const disclosure = await db.disclosure.findUniqueOrThrow({ where: { id: item!.id } });
    expect(disclosure).toMatchObject({ status: 'PUBLISHED', category: 'ENFORCEMENT_PUBLICITY' });
    expect(disclosure.secrecyCheckedById).not.toBeNull();
    expect(disclosure.title).toContain(organisation.name);
    const actions = (await db.auditEvent.findMany({ where: { entityId: disclosure.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['disclosure.create', 'disclosure.secrecyCheck', 'disclosure.publish']);
  });

  it('gives each public section something real: distinct titles, attachments, catalogue metadata', async () => {
    const db = getDb();
    const published = await db.disclosure.findMany({ where: { status: 'PUBLISHED' }, select: { title: true, category: true } });
    expect(new Set(published.map((d) => d.title)).size).toBe(published.length);
    for (const category of ['FUNCTIONS', 'POLICY_REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY_INTERPRETATION', 'NOTICE', 'ENFORCEMENT_PUBLICITY', 'WORK_NEWS', 'ANNUAL_REPORT']) {
      expect(
        published.some((d) => d.category === category),
        category,
      ).toBe(true);
    }
    const withFiles = await db.disclosure.findMany({ where: { status: 'PUBLISHED', attachments: { some: {} } }, select: { id: true, category: true } });
    expect(withFiles.length).toBeGreaterThanOrEqual(4);
    const normative = await db.disclosure.findFirstOrThrow({ where: { status: 'PUBLISHED', category: 'NORMATIVE_DOCUMENT', title: '市中区养老服务补贴发放管理办法' } });
    const detail = await getPublicDisclosure(normative.id, new Date('2026-12-01T00:00:00Z'));
    expect(detail).toMatchObject({ documentNumber: '市中民发〔2021〕2号', topic: '养老服务', validity: { name: '有效' } });
    expect(detail?.state === 'published' && detail.attachments.length).toBe(1);
    expect(detail?.state === 'published' && detail.body).toContain('养老服务补贴');
    // The functions page says what its title says.
    const duties = await db.disclosure.findFirstOrThrow({ where: { title: '市中区民政局内设机构' } });
    expect(duties.body).toContain('设办公室');
  });

  it('leaves an intact audit chain, and a second run changes nothing', async () => {
    const db = getDb();
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
    const before = await db.auditEvent.count();
    expect(await seedDemo(db)).toBe('skipped');
    expect(await db.auditEvent.count()).toBe(before);
  });
});
