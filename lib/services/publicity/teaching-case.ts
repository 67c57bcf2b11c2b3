import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import type { IntendedPenalty } from '@/lib/domain/enforcement/penalties';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { DraftTeachingCaseInput, SendTeachingCaseInput, UpdateTeachingCaseInput } from '@/lib/schemas/teaching-case';
import { findPersonalData, type PartyPersonalData } from '@/lib/domain/privacy';
import { buildTeachingCaseDraft } from './teaching-case-text';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// 以案释法 (谁执法谁普法): an editor drafts a teaching case from a CLOSED enforcement case, edits
// the narrative, and sends it into the disclosure workflow as a draft.
//
// Category: 政策解读 (POLICY_INTERPRETATION), not 工作动态. A teaching case explains to the public
// how the law applies to a real case — an interpretation of the rules, which is what the 政策解读
// column holds; 工作动态 reports the bureau's activities. It also means a teaching case follows
// the review setting for interpretations (review.requiredCategories), as other explanations do.
export const TEACHING_CASE_CATEGORY = 'POLICY_INTERPRETATION' as const;

const text = messages.publicity.teachingCases;

function notFound(): never {
  throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
}

async function loadCase(tx: Tx, caseId: string) {
  const kase = await tx.enforcementCase.findUnique({ where: { id: caseId }, include: { parties: true } });
  if (!kase) notFound();
  return kase;
}

/** The personal-data guard (lib/domain/privacy), re-checked on every save and before sending. */
function refuseIdentifying(content: string, parties: readonly PartyPersonalData[]): void {
  const found = findPersonalData(content, parties);
  if (found.length > 0) {
    const message = text.errors.identifying(found.length);
    throw new AppError({ code: 'RULE_VIOLATION', userMessage: message, fieldErrors: { body: [message] } });
  }
}

export async function draftTeachingCase(db: Db, actor: Actor, input: DraftTeachingCaseInput, now: Date = new Date()) {
  assertCan(actor, 'publicity.manage');
  return db.$transaction(async (tx) => {
    const kase = await loadCase(tx, input.caseId);
    refuseIfBlocked(kase.closedOn ? [] : [{ code: 'CASE_NOT_CLOSED', message: text.errors.notClosed }]);
    const band = kase.violationType ? await tx.discretionBand.findFirst({ where: { violationType: kase.violationType }, select: { violationName: true } }) : null;
    const draft = buildTeachingCaseDraft({
      bodyName: await readSetting(tx, 'bureau.name'),
      type: kase.type,
      procedure: kase.procedure,
      parties: kase.parties,
      violationName: band?.violationName ?? null,
      legalBasis: kase.legalBasis,
      filedOn: isoOfDateColumn(kase.filedOn),
      closedOn: isoOfDateColumn(kase.closedOn!),
      decidedPenalty: (kase.decidedPenalty as IntendedPenalty | null) ?? null,
      hearingHeld: kase.hearingHeldOn !== null,
      collectiveDecision: kase.collectiveDecisionOn !== null,
      jointDepartments: kase.jointDepartments,
    });
    refuseIdentifying(`${draft.title}\n${draft.body}`, kase.parties);
    const teachingCase = await tx.teachingCase.create({
      data: { caseId: kase.id, title: draft.title, body: draft.body, createdById: actor.id, createdAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'publicity.teachingCaseDraft',
      entityType: 'TeachingCase',
      entityId: teachingCase.id,
      after: { caseId: kase.id, caseNumber: kase.caseNumber, title: teachingCase.title },
    });
    return teachingCase;
  });
}

/** The editor's narrative; refused once sent (the disclosure draft is edited from then on). */
export async function updateTeachingCase(db: Db, actor: Actor, input: UpdateTeachingCaseInput) {
  assertCan(actor, 'publicity.manage');
  return db.$transaction(async (tx) => {
    const before = await tx.teachingCase.findUnique({ where: { id: input.id } });
    if (!before) notFound();
    refuseIfBlocked(before.disclosureId ? [{ code: 'ALREADY_SENT', message: text.errors.alreadySent }] : []);
    const kase = await loadCase(tx, before.caseId);
    refuseIdentifying(`${input.title}\n${input.body}`, kase.parties);
    const written = await tx.teachingCase.updateMany({ where: { id: before.id, disclosureId: null }, data: { title: input.title, body: input.body } });
    if (written.count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'publicity.teachingCaseUpdate',
      entityType: 'TeachingCase',
      entityId: before.id,
      before: { title: before.title, body: before.body },
      after: { title: input.title, body: input.body },
    });
    return { id: before.id };
  });
}

function summaryOf(body: string): string {
  const paragraph =
    body
      .split(/\n+/)
      .map((line) => line.trim())
      .find((line) => line !== '' && !line.startsWith('#')) ?? '';
  const chars = Array.from(paragraph);
  return chars.length > 120 ? `${chars.slice(0, 119).join('')}…` : paragraph;
}

/**
 * Sends the teaching case into the disclosure workflow: a DRAFT disclosure (政策解读) with its
 * title and body, linked to the case; secrecy check, legal review (when the setting asks for it)
 * and publication follow as for any disclosure. Once only.
 */
export async function sendTeachingCaseToDisclosure(db: Db, actor: Actor, input: SendTeachingCaseInput, now: Date = new Date()) {
  assertCan(actor, 'publicity.manage');
  assertCan(actor, 'disclosure.draft');
  return db.$transaction(async (tx) => {
    const teachingCase = await tx.teachingCase.findUnique({ where: { id: input.id } });
    if (!teachingCase) notFound();
    refuseIfBlocked(teachingCase.disclosureId ? [{ code: 'ALREADY_SENT', message: text.errors.alreadySent }] : []);
    const kase = await loadCase(tx, teachingCase.caseId);
    refuseIdentifying(`${teachingCase.title}\n${teachingCase.body}`, kase.parties);
    const bodyName = await readSetting(tx, 'bureau.name');
    const requiredCategories = await readSetting(tx, 'review.requiredCategories');
    const today = toShanghaiDate(now);
    const disclosure = await tx.disclosure.create({
      data: {
        category: TEACHING_CASE_CATEGORY,
        title: teachingCase.title,
        summary: summaryOf(teachingCase.body),
        body: teachingCase.body,
        sourceDepartment: bodyName,
        formedOn: new Date(`${today}T00:00:00.000Z`),
        requiresReview: requiresReview(TEACHING_CASE_CATEGORY, requiredCategories),
        authorId: actor.id,
        createdAt: now,
      },
    });
    const written = await tx.teachingCase.updateMany({ where: { id: teachingCase.id, disclosureId: null }, data: { disclosureId: disclosure.id } });
    if (written.count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'disclosure.create',
      entityType: 'Disclosure',
      entityId: disclosure.id,
      after: { category: disclosure.category, title: disclosure.title, status: disclosure.status, teachingCaseId: teachingCase.id, formedOn: today },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'publicity.teachingCaseSend',
      entityType: 'TeachingCase',
      entityId: teachingCase.id,
      after: { disclosureId: disclosure.id, category: TEACHING_CASE_CATEGORY },
    });
    return { id: teachingCase.id, disclosureId: disclosure.id };
  });
}
