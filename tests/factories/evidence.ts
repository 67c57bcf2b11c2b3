import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CaseType } from '@/lib/generated/prisma/enums';
import { appendStep } from '@/lib/services/enforcement/case-chain';
import { makeOfficer } from './officers';
import { ensureAdmin, makeUser } from './users';

// Evidence fixtures: a case with two officers (each with a user account) and its first step, made
// with the case file's own chain functions so the chain is genuine.

/** Minimal but real file heads: each is recognised by its magic number. */
export const SAMPLES = {
  mp4: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2'), randomBytes(4096)]),
  mov: Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from('ftypqt  '), Buffer.from([0, 0, 2, 0]), Buffer.from('qt  '), randomBytes(2048)]),
  mp3: Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0, 0, 0, 0]), randomBytes(2048)]),
  wav: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0x08, 0, 0]), Buffer.from('WAVEfmt '), randomBytes(2048)]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(512)]),
  pdf: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(512)]),
};

export type EvidenceWorld = {
  admin: Actor;
  officer: Actor;
  officer2: Actor;
  outsider: Actor;
  director: Actor;
  reviewer: Actor;
  editor: Actor;
  zhang: string;
  li: string;
  wang: string;
};

export async function makeEvidenceWorld(db: Db): Promise<EvidenceWorld> {
  const admin = await ensureAdmin(db);
  const officer = await makeUser(db, { roles: ['OFFICER'], name: '张取证' });
  const officer2 = await makeUser(db, { roles: ['OFFICER'], name: '李取证' });
  const outsider = await makeUser(db, { roles: ['OFFICER'], name: '王局外' });
  const director = await makeUser(db, { roles: ['DIRECTOR'], name: '赵局长' });
  const reviewer = await makeUser(db, { roles: ['LEGAL_REVIEWER'], name: '钱法审' });
  const editor = await makeUser(db, { roles: ['EDITOR'], name: '孙编辑' });
  const zhang = (await makeOfficer(db, admin, { name: '张取证', userId: officer.id })).id;
  const li = (await makeOfficer(db, admin, { name: '李取证', userId: officer2.id })).id;
  const wang = (await makeOfficer(db, admin, { name: '王局外', userId: outsider.id })).id;
  return { admin, officer, officer2, outsider, director, reviewer, editor, zhang, li, wang };
}

/** A case filed by `createdBy` with the two officers on it and its first step (FILED) in the chain. */
export async function makeEvidenceCase(
  db: Db,
  world: Pick<EvidenceWorld, 'officer' | 'zhang' | 'li'>,
  options: { type?: CaseType; state?: string; watchedOrganisationId?: string; closedOn?: Date } = {},
) {
  return db.$transaction(async (tx) => {
    const kase = await tx.enforcementCase.create({
      data: {
        caseNumber: `测-${randomBytes(4).toString('hex')}`,
        type: options.type ?? 'PENALTY',
        title: '某协会未经登记开展活动案',
        state: options.state ?? 'INVESTIGATION',
        filedOn: new Date('2026-01-05T00:00:00Z'),
        createdById: world.officer.id,
        closedOn: options.closedOn ?? null,
        watchedOrganisationId: options.watchedOrganisationId ?? null,
      },
    });
    await tx.caseOfficer.createMany({
      data: [
        { caseId: kase.id, officerId: world.zhang, role: 'INVESTIGATOR', recusalDeclaredAt: new Date() },
        { caseId: kase.id, officerId: world.li, role: 'INVESTIGATOR', recusalDeclaredAt: new Date() },
      ],
    });
    await appendStep(tx, { caseId: kase.id, key: 'FILED', actorId: world.officer.id, occurredAt: new Date('2026-01-05T02:00:00Z'), note: '立案' });
    const step = await appendStep(tx, { caseId: kase.id, key: 'INVESTIGATION', actorId: world.officer.id, occurredAt: new Date('2026-01-06T02:00:00Z'), note: '调查取证' });
    return { ...kase, currentStepId: step.id };
  });
}

export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

export async function evidenceCounts(db: Db) {
  const [evidence, audit, steps] = await Promise.all([db.evidenceItem.count(), db.auditEvent.count(), db.caseStep.count()]);
  return { evidence, audit, steps };
}
