import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';

// Enforcement cases for 以案释法 tests, written directly with Prisma (the case services belong to
// the enforcement module): one natural person with an ID number, address and phone, one
// organisation with its legal representative.
export const PERSON = { kind: 'PERSON' as const, name: '欧阳明华', idNumber: '370102199001011234', address: '市中区幸福路18号3单元', phone: '13812345678' };
export const ORGANISATION = { kind: 'ORGANISATION' as const, name: '幸福养老服务有限公司', legalRepresentative: '王建国' };

export async function makeEnforcementCase(db: Db, actor: Actor, options: { closedOn?: string | null; facts?: string } = {}) {
  return db.enforcementCase.create({
    data: {
      caseNumber: `市中民罚〔2025〕${randomBytes(3).toString('hex')}号`,
      type: 'PENALTY',
      procedure: 'GENERAL',
      title: '未经登记擅自以社会组织名义开展活动案',
      facts: options.facts ?? `经查，欧阳明华（身份证号码370102199001011234，住市中区幸福路18号3单元，电话13812345678）组织活动。`,
      legalBasis: '《社会组织登记管理条例》第三十五条',
      state: options.closedOn === null ? 'DECIDED' : 'CLOSED',
      filedOn: new Date('2025-03-03T00:00:00Z'),
      closedOn: options.closedOn === null ? null : new Date(`${options.closedOn ?? '2025-06-30'}T00:00:00Z`),
      decidedOn: new Date('2025-05-20T00:00:00Z'),
      decidedPenalty: { kinds: ['WARNING', 'FINE'], fineAmount: 5000 },
      decisionConclusion: '对欧阳明华给予警告并处罚款',
      hearingHeldOn: new Date('2025-05-06T00:00:00Z'),
      jointDepartments: ['区市场监管局'],
      createdById: actor.id,
      parties: { create: [PERSON, ORGANISATION] },
    },
  });
}

export async function teachingCaseCounts(db: Db) {
  const [teachingCases, disclosures, audit] = await Promise.all([db.teachingCase.count(), db.disclosure.count(), db.auditEvent.count()]);
  return { teachingCases, disclosures, audit };
}
