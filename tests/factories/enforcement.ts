import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { fileCaseSchema, advanceCaseSchema, type AdvanceCaseInput } from '@/lib/schemas/enforcement';
import { appendEvidence } from '@/lib/services/enforcement/case-chain';
import { advanceCase } from '@/lib/services/enforcement/advance-case';
import { fileCase } from '@/lib/services/enforcement/file-case';
import { makeOfficer } from './officers';
import { makeQualifiedReviewer } from './review';
import { ensureAdmin, makeUser } from './users';

// Enforcement-case fixtures, made through the services the case pages call.

export type CaseWorld = {
  admin: Actor;
  officer: Actor;
  officer2: Actor;
  director: Actor;
  editor: Actor;
  reviewer: Actor;
  hostUser: Actor;
  dualUser: Actor;
  zhang: string;
  li: string;
  expired: string;
  host: string;
  dual: string;
};

export async function makeCaseWorld(db: Db): Promise<CaseWorld> {
  const admin = await ensureAdmin(db);
  const officer = await makeUser(db, { roles: ['OFFICER'], name: '张办案' });
  const officer2 = await makeUser(db, { roles: ['OFFICER'], name: '李办案' });
  const director = await makeUser(db, { roles: ['DIRECTOR'], name: '王局长' });
  const editor = await makeUser(db, { roles: ['EDITOR'], name: '公开编辑' });
  const reviewer = await makeQualifiedReviewer(db, { name: '赵法审' });
  const hostUser = await makeUser(db, { roles: ['OFFICER', 'HEARING_HOST'], name: '刘主持' });
  const dualUser = await makeUser(db, { roles: ['OFFICER', 'HEARING_HOST'], name: '钱兼任' });
  const zhang = (await makeOfficer(db, admin, { name: '张办案', userId: officer.id })).id;
  const li = (await makeOfficer(db, admin, { name: '李办案', userId: officer2.id })).id;
  const expired = (await makeOfficer(db, admin, { name: '王过期', certificates: [{ validTo: '2025-12-31' }] })).id;
  const host = (await makeOfficer(db, admin, { name: '刘主持', userId: hostUser.id, certificates: [{ kind: 'HEARING_HOST', category: '听证主持人证' }] })).id;
  const dual = (await makeOfficer(db, admin, { name: '钱兼任', userId: dualUser.id, certificates: [{}, { kind: 'HEARING_HOST', category: '听证主持人证' }] })).id;
  return { admin, officer, officer2, director, editor, reviewer, hostUser, dualUser, zhang, li, expired, host, dual };
}

/** The new-case form's fields for a general-procedure penalty case against one person. */
export function caseFields(world: Pick<CaseWorld, 'zhang' | 'li'>, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    caseType: 'PENALTY',
    procedure: 'GENERAL',
    caseTitle: '张三未经登记以社会团体名义开展活动案',
    caseFacts: '经举报，张三组织“城南老乡联谊会”未经登记开展募捐活动。',
    legalBasis: '《社会团体登记管理条例》第三十五条',
    filedOn: '2026-01-05',
    officerIds: [world.zhang, world.li],
    recusalDeclared: 'on',
    partyKind0: 'PERSON',
    partyName0: '张三',
    partyIdNumber0: '370102198001011234',
    partyAddress0: '市中区某路1号',
    partyPhone0: '13800000000',
    ...overrides,
  };
}

export async function fileTestCase(db: Db, actor: Actor, fields: Record<string, string | string[]>, now: Date) {
  return fileCase(db, actor, fileCaseSchema.parse(fields), now);
}

export function advanceInput(fields: Record<string, string | string[]>): AdvanceCaseInput {
  return advanceCaseSchema.parse(fields);
}

export async function advance(db: Db, actor: Actor, caseId: string, to: string, fields: Record<string, string | string[]>, now: Date) {
  return advanceCase(db, actor, advanceInput({ caseId, to, ...fields }), now);
}

/** A video recorded at the case's current step (as the evidence upload would append it). */
export async function addRecording(db: Db, caseId: string, uploadedById: string, now: Date, kind: 'VIDEO' | 'PHOTO' = 'VIDEO') {
  const kase = await db.enforcementCase.findUniqueOrThrow({ where: { id: caseId }, select: { state: true } });
  const step = await db.caseStep.findFirstOrThrow({ where: { caseId, key: kase.state }, orderBy: { seq: 'desc' } });
  return db.$transaction((tx) =>
    appendEvidence(tx, {
      caseId,
      stepId: step.id,
      kind,
      storageKey: `test/${caseId}/${step.id}/${Math.random().toString(16).slice(2)}`,
      fileName: kind === 'VIDEO' ? 'recorder.mp4' : 'photo.jpg',
      mimeType: kind === 'VIDEO' ? 'video/mp4' : 'image/jpeg',
      size: 1024,
      sha256: 'a'.repeat(64),
      deviceId: null,
      officerId: null,
      capturedAt: now,
      uploadedById,
    }),
  );
}

export async function caseRowCounts(db: Db) {
  const [cases, steps, evidence, parties, caseOfficers, disclosures, reviews, audit] = await Promise.all([
    db.enforcementCase.count(),
    db.caseStep.count(),
    db.evidenceItem.count(),
    db.caseParty.count(),
    db.caseOfficer.count(),
    db.disclosure.count(),
    db.legalReview.count(),
    db.auditEvent.count(),
  ]);
  return { cases, steps, evidence, parties, caseOfficers, disclosures, reviews, audit };
}

export async function caseSnapshot(db: Db, caseId: string) {
  const row = await db.enforcementCase.findUniqueOrThrow({ where: { id: caseId } });
  const { updatedAt: _updatedAt, ...rest } = row;
  return rest;
}
