import { z } from '@/lib/schemas/zod';
import { ENTITY_KINDS, INSPECTION_KINDS, PARTNER_DEPARTMENTS } from '@/lib/domain/inspections/inspection-rules';
import { blankToUndefined, idField, isoDateField, optionalDate, toArray } from '@/lib/schemas/fields';

// Field names are distinct from other areas' (entityName, planTitle…) so that one `messages.fields`
// table can label them all.
// Form checkboxes send one value per ticked box; a single box arrives as a string.
// A textarea with one item per line → the non-blank lines, trimmed.
const toLines = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : toArray(value);

const id = (message: string) => idField(message);
const isoDate = (message: string) => isoDateField(message);
const optionalText = (max: number, message: string) => z.preprocess(blankToUndefined, z.string().trim().max(max, { error: message }).optional());

const entityFields = {
  entityKind: z.enum(ENTITY_KINDS, { error: '请选择检查对象类型' }),
  entityName: z.string().trim().min(1, { error: '请输入检查对象名称' }).max(100, { error: '名称不能超过100个字' }),
  address: z.string().trim().min(1, { error: '请输入地址' }).max(200, { error: '地址不能超过200个字' }),
  licenceNo: optionalText(60, '许可证或登记证号不能超过60个字'),
  registeredOn: optionalDate('请输入有效的登记日期'),
  filedOn: optionalDate('请输入有效的备案日期'),
};

export const createEntitySchema = z.object(entityFields);
export type CreateEntityInput = z.infer<typeof createEntitySchema>;

export const updateEntitySchema = z.object({
  ...entityFields,
  entityId: id('缺少检查对象'),
  active: z.enum(['true', 'false'], { error: '状态无效' }).transform((value) => value === 'true'),
});
export type UpdateEntityInput = z.infer<typeof updateEntitySchema>;

export const declareConflictSchema = z.object({
  entityId: id('缺少检查对象'),
  officerId: id('请选择执法人员'),
  conflictReason: z.string().trim().min(1, { error: '请填写回避事由' }).max(200, { error: '回避事由不能超过200个字' }),
});
export type DeclareConflictInput = z.infer<typeof declareConflictSchema>;

export const createPlanSchema = z.object({
  planYear: z.coerce.number({ error: '请输入年度' }).int({ error: '年度须为整数' }).min(2000, { error: '年度须在2000至2100之间' }).max(2100, { error: '年度须在2000至2100之间' }),
  planTitle: z.string().trim().min(1, { error: '请输入计划名称' }).max(100, { error: '计划名称不能超过100个字' }),
});
export type CreatePlanInput = z.infer<typeof createPlanSchema>;

export const runDrawSchema = z.object({
  planId: id('缺少检查计划'),
  entityKind: z.enum(ENTITY_KINDS, { error: '请选择检查对象类型' }).default('ELDERLY_CARE'),
  entityCount: z.coerce.number({ error: '请输入抽取数量' }).int({ error: '抽取数量须为整数' }).min(1, { error: '抽取数量至少为1' }).max(1000, { error: '抽取数量过大' }),
  // Left empty, the service generates one with a cryptographic generator.
  seed: optionalText(128, '随机种子不能超过128个字符'),
});
export type RunDrawInput = z.infer<typeof runDrawSchema>;

export const recordInspectionSchema = z.object({
  entityId: id('请选择检查对象'),
  planId: z.preprocess(blankToUndefined, id('检查计划无效').optional()),
  inspectionKind: z.enum(INSPECTION_KINDS, { error: '请选择检查类型' }),
  inspectedOn: isoDate('请输入有效的检查日期'),
  // A checkbox: present ("on") when ticked.
  onSite: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
  inspectorIds: z.preprocess(toArray, z.array(id('检查人员无效'), { error: '请选择检查人员' }).min(1, { error: '请选择检查人员' }).max(10, { error: '检查人员过多' })),
  partnerDepartments: z.preprocess(toArray, z.array(z.enum(PARTNER_DEPARTMENTS, { error: '未知的参与部门' })).max(PARTNER_DEPARTMENTS.length)),
  itemsChecked: z.preprocess(
    toLines,
    z
      .array(z.string().max(200, { error: '每项检查事项不能超过200个字' }))
      .min(1, { error: '请至少填写一项检查事项' })
      .max(100),
  ),
  findings: z.preprocess(toLines, z.array(z.string().max(500, { error: '每个问题不能超过500个字' })).max(100, { error: '问题过多' })),
  inspectionSummary: z.preprocess(blankToUndefined, z.string().trim().max(2000, { error: '检查情况不能超过2000个字' }).default('')),
});
export type RecordInspectionInput = z.infer<typeof recordInspectionSchema>;

export const recordResponseSchema = z.object({
  rectificationId: id('缺少整改单'),
  response: z.string().trim().min(1, { error: '请填写整改情况' }).max(2000, { error: '整改情况不能超过2000个字' }),
});
export type RecordResponseInput = z.infer<typeof recordResponseSchema>;

export const recordRecheckSchema = z.object({
  rectificationId: id('缺少整改单'),
  checkedOn: isoDate('请输入有效的复查日期'),
  passed: z.enum(['true', 'false'], { error: '请选择复查结论' }).transform((value) => value === 'true'),
  recheckNote: z.string().trim().min(1, { error: '请填写复查情况' }).max(1000, { error: '复查情况不能超过1000个字' }),
});
export type RecordRecheckInput = z.infer<typeof recordRecheckSchema>;

export const yearQuerySchema = z.coerce.number().int().min(2000).max(2100);
