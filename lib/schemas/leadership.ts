import { z } from '@/lib/schemas/zod';
import { blankToUndefined, checkbox, idField, labelledDate, requiredText, textOrEmpty } from '@/lib/schemas/fields';

// Inputs of the principal leaders' duties register and the plan (下步打算).
const text = requiredText;
const optional = textOrEmpty;
const isoDate = labelledDate;
const year = z.coerce.number({ error: '请填写有效的年度' }).int({ error: '请填写有效的年度' }).min(2000, { error: '请填写有效的年度' }).max(2100, { error: '请填写有效的年度' });
const id = (message: string) => idField(message, { strict: true });
// "张三、李四，王五" or several form values → a list of names.
const names = (label: string) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[、，,；;\n]/) : value),
    z
      .array(
        z
          .string()
          .trim()
          .max(40, { error: `${label}中每个姓名不能超过40个字` }),
      )
      .transform((list) => [...new Set(list.filter((name) => name.length > 0))])
      .refine((list) => list.length > 0, { error: `请填写${label}` })
      .refine((list) => list.length <= 50, { error: `${label}不能超过50人` }),
  );

export const MAJOR_MATTER_CATEGORIES = ['WORK_ARRANGEMENT', 'PERSONNEL', 'FUNDS', 'PROCUREMENT', 'MAJOR_PROJECT'] as const;
export const LEADERSHIP_ACTIVITY_KINDS = ['WORK_REPORT_HEARD', 'STUDY_SESSION', 'LAW_REPORT'] as const;
export const RESPONSIBILITY_LEVELS = ['PRINCIPAL', 'IN_CHARGE', 'SECTION'] as const;
export const PLAN_TASK_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;

export const recordCollectiveDecisionSchema = z
  .object({
    heldOn: isoDate('会议日期'),
    category: z.enum(MAJOR_MATTER_CATEGORIES, { error: '请选择事项类别' }),
    topic: text('议题', 200),
    attendees: names('参会人员'),
    outcome: text('决定结果', 1000),
    publicised: checkbox,
    publicityNote: optional('公示情况', 500),
  })
  .refine((input) => !input.publicised || input.publicityNote.length > 0, { error: '已公示的事项请填写公示方式、范围和时间', path: ['publicityNote'] });
export type RecordCollectiveDecisionInput = z.input<typeof recordCollectiveDecisionSchema>;

export const recordLeadershipActivitySchema = z.object({
  kind: z.enum(LEADERSHIP_ACTIVITY_KINDS, { error: '请选择类型' }),
  heldOn: isoDate('日期'),
  title: text('名称', 200),
  attendees: names('参加人员'),
  summary: optional('主要内容', 2000),
});
export type RecordLeadershipActivityInput = z.input<typeof recordLeadershipActivitySchema>;

export const recordResponsibilitySchema = z.object({
  year,
  level: z.enum(RESPONSIBILITY_LEVELS, { error: '请选择责任层级' }),
  personName: text('姓名', 40),
  post: text('职务', 100),
  duties: text('法治建设职责', 1000),
});
export type RecordResponsibilityInput = z.input<typeof recordResponsibilitySchema>;

export const recordAssessmentItemSchema = z.object({
  year,
  item: text('考核事项', 300),
  weight: z.coerce
    .number({ error: '分值应为0到100的整数' })
    .int({ error: '分值应为0到100的整数' })
    .min(0, { error: '分值应为0到100的整数' })
    .max(100, { error: '分值应为0到100的整数' }),
  result: optional('考核结果', 500),
});
export type RecordAssessmentItemInput = z.input<typeof recordAssessmentItemSchema>;

export const createPlanTaskSchema = z
  .object({
    year,
    heading: text('工作方向', 100),
    task: text('任务', 1000),
    owner: text('责任人或责任股室', 100),
    dueOn: z.preprocess(blankToUndefined, isoDate('完成时限').optional()),
  })
  .refine((input) => input.dueOn === undefined || Number(input.dueOn.slice(0, 4)) === input.year, { error: '完成时限应在计划年度内', path: ['dueOn'] });
export type CreatePlanTaskInput = z.input<typeof createPlanTaskSchema>;

export const updatePlanTaskSchema = z
  .object({
    taskId: id('缺少任务'),
    status: z.enum(PLAN_TASK_STATUSES, { error: '请选择完成情况' }),
    outcome: optional('完成情况说明', 1000),
  })
  .refine((input) => !(input.status === 'DONE' || input.status === 'DROPPED') || input.outcome.length > 0, {
    error: '已完成或取消的任务请说明完成情况或取消原因',
    path: ['outcome'],
  });
export type UpdatePlanTaskInput = z.input<typeof updatePlanTaskSchema>;

export const deleteLeadershipEntrySchema = z.object({
  entry: z.enum(['decision', 'activity', 'responsibility', 'assessment'], { error: '缺少条目类型' }),
  entryId: id('缺少条目'),
});
export type DeleteLeadershipEntryInput = z.input<typeof deleteLeadershipEntrySchema>;
