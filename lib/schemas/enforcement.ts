import { z } from '@/lib/schemas/zod';
import { blankToUndefined, checkbox, idField, isoDateField, optionalDate, toArray } from '@/lib/schemas/fields';
import { CASE_PROCEDURES, CASE_TYPES, DISCRETION_SEVERITIES, PARTY_KINDS, PENALTY_KINDS, penaltyLawApplies, type PartyKind } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';

// Forms of the enforcement-case pages. Step-specific fields are optional here; the service says
// which ones the chosen step needs (with field errors) and checks them against the rules.

const toLines = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(/\r?\n|[,，、]/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : toArray(value);

const id = (message: string) => idField(message, { strict: true });
const isoDate = (message: string) => isoDateField(message, { strict: true });
const optionalText = (max: number, label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: `${label}不能超过${max}个字` })
      .optional(),
  );
const optionalYuan = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${label}须为数字` })
      .min(0, { error: `${label}不能为负数` })
      .max(1_000_000_000, { error: `${label}过大` })
      .optional(),
  );
const text = (max: number, required: string, label: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: `${label}不能超过${max}个字` });

export const MAX_PARTIES = 3;

const partyFields = Object.fromEntries(
  Array.from({ length: MAX_PARTIES }, (_, i) => [
    [`partyKind${i}`, z.preprocess(blankToUndefined, z.enum(PARTY_KINDS, { error: '当事人类型无效' }).optional())],
    [`partyName${i}`, optionalText(100, '当事人名称')],
    [`partyIdNumber${i}`, optionalText(40, '证件号码')],
    [`partyAddress${i}`, optionalText(200, '地址')],
    [`partyPhone${i}`, optionalText(40, '联系电话')],
    [`partyRepresentative${i}`, optionalText(40, '法定代表人')],
  ]).flat(),
) as Record<string, z.ZodType<string | undefined>>;

export type PartyInput = {
  kind: PartyKind;
  name: string;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  legalRepresentative: string | null;
};

const penaltyFields = {
  penaltyKinds: z.preprocess(toArray, z.array(z.enum(PENALTY_KINDS, { error: '处罚种类无效' })).max(PENALTY_KINDS.length)),
  fineAmount: optionalYuan('罚款金额'),
  confiscatedGains: optionalYuan('没收违法所得金额'),
  confiscatedPropertyValue: optionalYuan('没收非法财物价值'),
  penaltyDetails: optionalText(500, '处罚说明'),
};

export const fileCaseSchema = z
  .object({
    caseType: z.enum(CASE_TYPES, { error: '请选择案件类型' }),
    procedure: z.preprocess(blankToUndefined, z.enum(CASE_PROCEDURES, { error: '程序类型无效' }).default('GENERAL')),
    caseTitle: text(200, '请输入案件名称', '案件名称'),
    caseFacts: z.string().trim().max(10_000, { error: '案情不能超过10000个字' }).default(''),
    legalBasis: z.string().trim().max(5000, { error: '法律依据不能超过5000个字' }).default(''),
    filedOn: isoDate('请输入有效的立案日期'),
    officerIds: z.preprocess(toArray, z.array(id('执法人员无效')).max(10, { error: '执法人员过多' })),
    recusalDeclared: checkbox,
    isComplex: checkbox,
    publicImpact: checkbox,
    factsConclusive: checkbox,
    jointDepartments: z.preprocess(toLines, z.array(z.string().trim().min(1).max(40, { error: '联合部门名称不能超过40个字' })).max(10)),
    referredFrom: optionalText(100, '移送来源'),
    referredTo: optionalText(100, '移送去向'),
    watchedOrganisationId: z.preprocess(blankToUndefined, id('预警组织无效').optional()),
    violationType: optionalText(60, '违法行为类型'),
    ...penaltyFields,
    ...partyFields,
  })
  // Checked with the fields' own errors (`when`), so the form shows every missing item at once.
  .refine((input) => !penaltyLawApplies(input.caseType) || Array.from({ length: MAX_PARTIES }, (_, i) => (input as Record<string, unknown>)[`partyName${i}`]).some(Boolean), {
    message: messages.enforcement.errors.partyRequired,
    path: ['partyName0'],
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  })
  .refine((input) => Array.isArray(input.officerIds) && input.officerIds.length > 0, {
    message: messages.enforcement.errors.officersRequired,
    path: ['officerIds'],
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  })
  .transform(({ ...input }) => {
    const record = input as Record<string, unknown>;
    const parties: PartyInput[] = [];
    for (let i = 0; i < MAX_PARTIES; i += 1) {
      const name = record[`partyName${i}`] as string | undefined;
      if (!name) continue;
      parties.push({
        kind: (record[`partyKind${i}`] as PartyKind | undefined) ?? 'PERSON',
        name,
        idNumber: (record[`partyIdNumber${i}`] as string | undefined) ?? null,
        address: (record[`partyAddress${i}`] as string | undefined) ?? null,
        phone: (record[`partyPhone${i}`] as string | undefined) ?? null,
        legalRepresentative: (record[`partyRepresentative${i}`] as string | undefined) ?? null,
      });
    }
    return {
      type: input.caseType,
      procedure: input.procedure,
      title: input.caseTitle,
      facts: input.caseFacts,
      legalBasis: input.legalBasis,
      filedOn: input.filedOn,
      officerIds: [...new Set(input.officerIds)],
      recusalDeclared: input.recusalDeclared,
      isComplex: input.isComplex,
      publicImpact: input.publicImpact,
      factsConclusive: input.factsConclusive,
      jointDepartments: [...new Set(input.jointDepartments)],
      referredFrom: input.referredFrom ?? null,
      referredTo: input.referredTo ?? null,
      watchedOrganisationId: input.watchedOrganisationId ?? null,
      violationType: input.violationType ?? null,
      penalty: {
        kinds: input.penaltyKinds,
        fineAmount: input.fineAmount ?? null,
        confiscatedGains: input.confiscatedGains ?? null,
        confiscatedPropertyValue: input.confiscatedPropertyValue ?? null,
        details: input.penaltyDetails ?? '',
      },
      parties,
    };
  });
export type FileCaseInput = z.output<typeof fileCaseSchema>;

export const advanceCaseSchema = z.object({
  caseId: id('缺少案件'),
  to: z.string({ error: '请选择下一环节' }).trim().min(1, { error: '请选择下一环节' }).max(40),
  stepNote: z.string().trim().max(5000, { error: '说明不能超过5000个字' }).default(''),
  recordingWaiverReason: optionalText(500, '未能音像记录的原因'),
  // Rights notice (告知): the intended penalty and the notice itself.
  ...penaltyFields,
  violationType: optionalText(60, '违法行为类型'),
  severity: z.preprocess(blankToUndefined, z.enum(DISCRETION_SEVERITIES, { error: '情节无效' }).optional()),
  discretionReason: optionalText(2000, '裁量理由'),
  noticeServedOn: optionalDate('请输入有效的告知书送达日期', { strict: true }),
  hearingRightStated: checkbox,
  // Collective decision (集体讨论).
  collectiveDecisionOn: optionalDate('请输入有效的集体讨论日期', { strict: true }),
  collectiveDecisionNote: optionalText(5000, '集体讨论记录'),
  // Decision (决定).
  decisionNumber: optionalText(60, '决定书文号'),
  decidedOn: optionalDate('请输入有效的决定日期', { strict: true }),
  decisionConclusion: optionalText(2000, '决定内容'),
  partyPresent: checkbox,
  // Service, execution, closing.
  servedOn: optionalDate('请输入有效的送达日期', { strict: true }),
  executedOn: optionalDate('请输入有效的执行日期', { strict: true }),
  closedOn: optionalDate('请输入有效的结案日期', { strict: true }),
  // No penalty (不予处罚).
  noPenaltyReason: optionalText(2000, '不予处罚理由'),
});
export type AdvanceCaseInput = z.output<typeof advanceCaseSchema>;

export const hearingRequestSchema = z.object({
  caseId: id('缺少案件'),
  response: z.enum(['REQUEST', 'WAIVE'], { error: '请选择当事人的意见' }),
  respondedOn: isoDate('请输入有效的日期'),
});
export type HearingRequestInput = z.output<typeof hearingRequestSchema>;

export const scheduleHearingSchema = z.object({
  caseId: id('缺少案件'),
  hostOfficerId: id('请选择听证主持人'),
  hearingNoticeSentOn: isoDate('请输入有效的听证通知送达日期'),
  hearingScheduledOn: isoDate('请输入有效的听证日期'),
});
export type ScheduleHearingInput = z.output<typeof scheduleHearingSchema>;

export const holdHearingSchema = z.object({
  caseId: id('缺少案件'),
  hearingHeldOn: isoDate('请输入有效的听证日期'),
  hearingRecord: text(5000, '请填写听证笔录摘要', '听证笔录摘要'),
});
export type HoldHearingInput = z.output<typeof holdHearingSchema>;

export const requestExtensionSchema = z.object({
  caseId: id('缺少案件'),
  extensionUntil: isoDate('请输入有效的延长期限'),
  extensionReason: text(2000, '请填写延长理由', '延长理由'),
});
export type RequestExtensionInput = z.output<typeof requestExtensionSchema>;

export const caseIdSchema = z.object({ caseId: id('缺少案件') });
export type CaseIdInput = z.output<typeof caseIdSchema>;

export const recordEducationSchema = z.object({
  caseId: id('缺少案件'),
  educationNote: text(2000, '请填写教育情况', '教育情况'),
});
export type RecordEducationInput = z.output<typeof recordEducationSchema>;

export const revokeDecisionSchema = z.object({
  caseId: id('缺少案件'),
  revokedOn: isoDate('请输入有效的撤销日期'),
  revocationReason: text(2000, '请填写撤销或变更的理由', '撤销理由'),
});
export type RevokeDecisionInput = z.output<typeof revokeDecisionSchema>;

export const discretionBandSchema = z
  .object({
    violationType: text(60, '请输入违法行为代码', '违法行为代码'),
    violationName: text(200, '请输入违法行为名称', '违法行为名称'),
    severity: z.enum(DISCRETION_SEVERITIES, { error: '请选择情节' }),
    minFine: z.coerce.number({ error: '最低罚款须为数字' }).int({ error: '罚款须为整数' }).min(0, { error: '罚款不能为负数' }),
    maxFine: z.coerce.number({ error: '最高罚款须为数字' }).int({ error: '罚款须为整数' }).min(0, { error: '罚款不能为负数' }),
  })
  .refine((band) => band.minFine <= band.maxFine, { error: '最低罚款不能高于最高罚款', path: ['maxFine'] });
export type DiscretionBandInput = z.output<typeof discretionBandSchema>;

export const NO_PENALTY_CONDITIONS = ['MINOR', 'CORRECTED', 'NO_HARM', 'MINOR_HARM', 'FIRST_OFFENCE', 'NO_FAULT'] as const;

export const noPenaltyItemSchema = z.object({
  violationType: text(60, '请输入违法行为代码（* 表示全部）', '违法行为代码'),
  itemTitle: text(200, '请输入清单事项', '清单事项'),
  conditions: z.preprocess(toArray, z.array(z.enum(NO_PENALTY_CONDITIONS, { error: '条件无效' })).min(1, { error: '请至少选择一个条件' })),
  outcome: z.enum(['SHALL_NOT', 'MAY_NOT'], { error: '请选择处理方式' }),
  citation: text(200, '请输入依据', '依据'),
});
export type NoPenaltyItemInput = z.output<typeof noPenaltyItemSchema>;

export const configIdSchema = z.object({ configId: id('缺少条目') });
export type ConfigIdInput = z.output<typeof configIdSchema>;
