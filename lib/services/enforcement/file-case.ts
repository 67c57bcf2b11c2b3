import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { caseTemplate, classifyMajor, filingBlockers, initialStep, penaltyLaw, penaltyLawApplies, recusalBlockers, type CaseFacts, type CaseType } from '@/lib/domain/enforcement';
import { certificateQualifies } from '@/lib/domain/officers/certificate-status';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { loadOfficerCertificateFacts } from '@/lib/queries/officers/certificate-facts';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { FileCaseInput } from '@/lib/schemas/enforcement';
import { appendStep } from './case-chain';
import { loadEnforcementSettings, loadMajorCatalogue, loadTemplateOptions } from '@/lib/queries/enforcement/case-config';
import { dateColumn } from '@/lib/queries/enforcement/case-state';
import { assertCanAny, dateBlockers, fieldError } from './support';

const TYPE_CODES: Record<CaseType, string> = {
  ADMIN_INSPECTION: '检',
  PENALTY: '罚',
  COERCIVE_MEASURE: '强',
  ILLEGAL_SOCIAL_ORG_BAN: '取',
  ASSISTANCE_HOUSEHOLD_SURVEY: '救',
  ECONOMIC_STATUS_VERIFICATION: '核',
  VAGRANT_RESCUE: '流',
  FUNERAL_REFORM_INSPECTION: '殡',
  ELDERLY_CARE_SUPERVISION: '养',
};

/**
 * Files a case (立案): its type, procedure, parties (ID fields kept private), the officers with
 * their certificates re-read now, the recusal declaration, joint departments and referrals. The
 * case is classified major from the 'major.*' catalogue, and its first step opens the case file's
 * hash chain.
 */
export async function fileCase(db: Db, actor: Actor, input: FileCaseInput, now: Date = new Date()) {
  assertCanAny(actor, ['case.work']);
  const t = messages.enforcement.errors;
  const today = toShanghaiDate(now);
  try {
    return await db.$transaction(async (tx) => {
      const blockers: Blocker[] = [...dateBlockers('立案日期', input.filedOn, today)];
      if (penaltyLawApplies(input.type) && input.parties.length === 0) fieldError('partyName0', t.partyRequired);
      if (input.officerIds.length === 0) fieldError('officerIds', t.officersRequired);
      const officers = await loadOfficerCertificateFacts(tx, input.officerIds);
      const missing = input.officerIds.filter((id) => !officers.has(id));
      if (missing.length > 0) fieldError('officerIds', t.officersNotFound);
      if (input.watchedOrganisationId) {
        if (input.type !== 'ILLEGAL_SOCIAL_ORG_BAN') fieldError('watchedOrganisationId', t.watchOnlyForBan);
        const watched = await tx.watchedOrganisation.findUnique({ where: { id: input.watchedOrganisationId }, select: { id: true } });
        if (!watched) fieldError('watchedOrganisationId', t.watchNotFound);
      }

      const [settings, templateOptions, catalogue] = await Promise.all([loadEnforcementSettings(tx), loadTemplateOptions(tx, input.type), loadMajorCatalogue(tx)]);
      const penalty = input.penalty.kinds.length > 0 ? input.penalty : null;
      const template = caseTemplate(input, templateOptions);
      const first = initialStep(template);
      const facts: CaseFacts = {
        type: input.type,
        procedure: input.procedure,
        state: first.key,
        filedOn: input.filedOn,
        isMajor: false,
        isComplex: input.isComplex,
        parties: input.parties.map((p) => ({ kind: p.kind })),
        officers: input.officerIds.map((id) => {
          const officer = officers.get(id)!;
          return {
            officerId: id,
            name: officer.name,
            role: 'INVESTIGATOR' as const,
            certificateValid: officer.active && officer.certificates.some((c) => c.kind === 'ENFORCEMENT' && certificateQualifies(c, today)),
            recusalDeclared: input.recusalDeclared,
          };
        }),
        intendedPenalty: input.procedure === 'SUMMARY' ? penalty : null,
        factsConclusive: input.factsConclusive,
      };
      blockers.push(...filingBlockers(facts, { settings, templateOptions }));
      if (template.officerRule !== null) {
        blockers.push(...recusalBlockers(facts.officers, penaltyLawApplies(input.type) ? penaltyLaw(43) : null));
      }
      refuseIfBlocked(blockers);

      const major = classifyMajor(
        {
          type: input.type,
          intendedPenalty: facts.intendedPenalty ?? null,
          partyKinds: input.parties.map((p) => p.kind),
          hearingHeld: false,
          publicImpact: input.publicImpact,
          complex: input.isComplex,
        },
        catalogue,
      );
      const year = input.filedOn.slice(0, 4);
      const prefix = `市中民执${TYPE_CODES[input.type]}〔${year}〕`;
      const sequence = (await tx.enforcementCase.count({ where: { caseNumber: { startsWith: prefix } } })) + 1;
      const caseNumber = `${prefix}${String(sequence).padStart(3, '0')}号`;
      const created = await tx.enforcementCase.create({
        data: {
          caseNumber,
          type: input.type,
          procedure: input.procedure,
          title: input.title,
          facts: input.facts,
          legalBasis: input.legalBasis,
          state: first.key,
          filedOn: dateColumn(input.filedOn),
          isMajor: major.isMajor,
          majorReasons: major.reasons as string[],
          intendedPenalty: facts.intendedPenalty ? (facts.intendedPenalty as Prisma.InputJsonValue) : Prisma.DbNull,
          jointDepartments: input.jointDepartments,
          referredFrom: input.referredFrom,
          referredTo: input.referredTo,
          isComplex: input.isComplex,
          publicImpact: input.publicImpact,
          factsConclusive: input.factsConclusive,
          violationType: input.violationType,
          watchedOrganisationId: input.watchedOrganisationId,
          createdById: actor.id,
          createdAt: now,
          parties: { create: input.parties },
          officers: {
            create: input.officerIds.map((officerId) => ({
              officerId,
              role: 'INVESTIGATOR' as const,
              recusalDeclaredAt: input.recusalDeclared ? now : null,
              assignedAt: now,
            })),
          },
        },
      });
      const step = await appendStep(tx, {
        caseId: created.id,
        key: first.key,
        actorId: actor.id,
        occurredAt: now,
        note: `${first.label}：${input.title}`,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'case.file',
        entityType: 'EnforcementCase',
        entityId: created.id,
        after: {
          caseNumber,
          type: input.type,
          procedure: input.procedure,
          title: input.title,
          filedOn: input.filedOn,
          state: first.key,
          officerIds: input.officerIds,
          recusalDeclared: input.recusalDeclared,
          parties: input.parties.map((p) => ({ kind: p.kind, name: p.name })),
          jointDepartments: input.jointDepartments,
          referredFrom: input.referredFrom,
          referredTo: input.referredTo,
          isMajor: major.isMajor,
          majorReasons: major.reasons as string[],
          stepId: step.id,
          stepHash: step.hash,
        },
      });
      return { id: created.id, caseNumber, isMajor: major.isMajor, majorReasons: major.reasons };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
    }
    throw error;
  }
}
