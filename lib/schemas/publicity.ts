import { z } from '@/lib/schemas/zod';
import { isIsoDate } from '@/lib/domain/calendar/date-string';
import { blankToNull, idField, labelledDate, nullableText, requiredText } from '@/lib/schemas/fields';

const id = (message: string) => idField(message);
const text = requiredText;
const isoDate = labelledDate;
const optionalText = nullableText;

// A count typed into a form: '' is "not filled in"; thousands separators are tolerated.
const count = (label: string, options: { required: boolean }) => {
  const number = z
    .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为整数`) })
    .int({ error: `${label}应为整数` })
    .min(0, { error: `${label}不能为负数` })
    .max(100_000_000, { error: `${label}过大` });
  const parse = (value: unknown) => {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
    return typeof value === 'string' ? Number(value.replace(/[,，]/g, '').trim()) : value;
  };
  return options.required ? z.preprocess(parse, number) : z.preprocess(parse, number.default(0));
};

const link = z.preprocess(
  blankToNull,
  z
    .url({ protocol: /^https?$/, error: '请填写以 http:// 或 https:// 开头的有效链接' })
    .max(500, { error: '链接不能超过500个字符' })
    .nullable(),
);

export const createResponsibilitySchema = z
  .object({
    year: z.coerce.number({ error: '请填写有效的年度' }).int({ error: '请填写有效的年度' }).min(2000, { error: '请填写有效的年度' }).max(2100, { error: '请填写有效的年度' }),
    unit: text('责任单位', 100),
    laws: text('普法内容', 500),
    audience: text('普法对象', 200),
    dueOn: isoDate('完成时限'),
  })
  .refine((input) => Number(input.dueOn.slice(0, 4)) === input.year, {
    error: '完成时限应在所填年度内',
    path: ['dueOn'],
    when: ({ value }) => {
      const { dueOn, year } = (value ?? {}) as { dueOn?: unknown; year?: unknown };
      return typeof dueOn === 'string' && isIsoDate(dueOn.trim()) && Number.isInteger(Number(year));
    },
  });
export type CreateResponsibilityInput = z.infer<typeof createResponsibilitySchema>;

export const deleteResponsibilitySchema = z.object({ responsibilityId: id('缺少责任清单条目') });
export type DeleteResponsibilityInput = z.infer<typeof deleteResponsibilitySchema>;

const common = { title: text('活动名称', 200), heldOn: isoDate('日期') };

const offlineEvent = z.object({
  kind: z.literal('OFFLINE_EVENT'),
  ...common,
  place: text('地点', 200),
  audience: text('参与对象', 200),
  leaflets: count('发放资料份数', { required: true }),
  reach: count('覆盖人次', { required: false }),
});
const onlinePublication = z.object({
  kind: z.literal('ONLINE_PUBLICATION'),
  ...common,
  channel: text('发布渠道', 50),
  link,
  reach: count('阅读量', { required: false }),
});
const festivalCampaign = z.object({
  kind: z.literal('FESTIVAL_CAMPAIGN'),
  ...common,
  festival: text('节日', 50),
  place: optionalText('地点', 200),
  audience: optionalText('参与对象', 200),
  channel: optionalText('发布渠道', 50),
  link,
  leaflets: count('发放资料份数', { required: false }),
  reach: count('覆盖人次', { required: false }),
});

export type PublicityActivityData = {
  kind: 'OFFLINE_EVENT' | 'ONLINE_PUBLICATION' | 'FESTIVAL_CAMPAIGN';
  title: string;
  heldOn: string;
  place: string | null;
  audience: string | null;
  leaflets: number;
  channel: string | null;
  link: string | null;
  reach: number;
  festival: string | null;
};

// One form, three kinds: each kind requires its own fields; the result always has every column.
export const recordActivitySchema = z
  .discriminatedUnion('kind', [offlineEvent, onlinePublication, festivalCampaign], { error: '请选择活动类型' })
  .transform((input): PublicityActivityData => ({
    kind: input.kind,
    title: input.title,
    heldOn: input.heldOn,
    place: 'place' in input ? input.place : null,
    audience: 'audience' in input ? input.audience : null,
    leaflets: 'leaflets' in input ? input.leaflets : 0,
    channel: 'channel' in input ? input.channel : null,
    link: 'link' in input ? input.link : null,
    reach: input.reach,
    festival: 'festival' in input ? input.festival : null,
  }));
// What callers hand the service (forms send strings; the seed sends numbers); the schema decides.
export type RecordActivityInput = Pick<PublicityActivityData, 'kind' | 'title' | 'heldOn'> & Partial<Omit<PublicityActivityData, 'kind' | 'title' | 'heldOn'>>;

export const deleteActivitySchema = z.object({ activityId: id('缺少活动记录') });
export type DeleteActivityInput = z.infer<typeof deleteActivitySchema>;

export const yearSchema = z.coerce.number().int().min(2000).max(2100);
