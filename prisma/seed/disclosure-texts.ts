// Fictional but realistic texts for the demo disclosures (civil-affairs topics of the seed report).
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';

export type Topic = { name: string; law: string; action: string };

export const TOPICS: readonly Topic[] = [
  { name: '养老服务', law: '《养老机构管理办法》', action: '养老机构消防安全检查' },
  { name: '社会救助', law: '《社会救助暂行办法》', action: '城乡低保入户调查' },
  { name: '殡葬改革', law: '《殡葬管理条例》', action: '清明节文明祭扫' },
  { name: '社会组织管理', law: '《社会团体登记管理条例》', action: '打击整治非法社会组织' },
  { name: '流浪乞讨人员救助', law: '《城市生活无着的流浪乞讨人员救助管理办法》', action: '寒冬送温暖专项救助' },
  { name: '婚姻登记', law: '《婚姻登记条例》', action: '婚姻登记便民服务' },
  { name: '居民家庭经济状况核对', law: '《社会救助暂行办法》', action: '家庭经济状况核对' },
  { name: '儿童福利', law: '《中华人民共和国未成年人保护法》', action: '困境儿童关爱保护' },
  { name: '残疾人福利', law: '《残疾人两项补贴制度》', action: '残疾人两项补贴发放' },
  { name: '区划地名', law: '《地名管理条例》', action: '地名标志设置' },
  { name: '慈善事业', law: '《中华人民共和国慈善法》', action: '慈善募捐活动监管' },
  { name: '基层治理', law: '《中华人民共和国城市居民委员会组织法》', action: '社区减负增效' },
];

const ZH_MONTH = (date: string) => `${Number(date.slice(5, 7))}月`;

export function titleFor(category: DisclosureCategory, topic: Topic, i: number, date: string): string {
  const n = i + 1;
  switch (category) {
    case 'WORK_NEWS':
      return `区民政局开展${topic.action}工作（${ZH_MONTH(date)}第${(i % 4) + 1}期）`;
    case 'POLICY_REGULATION':
      return `${topic.law}全文（${topic.name}政策汇编之${n}）`;
    case 'POLICY_INTERPRETATION':
      return `图解：${topic.name}政策问答（${n}）`;
    case 'FUNCTIONS':
      return `市中区民政局${['主要职责', '内设机构', '领导分工', '办事指南', '权责清单', '随机抽查事项清单'][i % 6]}`;
    case 'NOTICE':
      return i % 2 === 0 ? `关于${topic.action}的通告（市中民通〔2021〕${n}号）` : `关于${topic.name}检查情况的通报（市中民报〔2021〕${n}号）`;
    case 'NORMATIVE_DOCUMENT':
      return [`市中区最低生活保障审核确认办法`, `市中区养老服务补贴发放管理办法`][i % 2]!;
    case 'ENFORCEMENT_PUBLICITY':
      return i % 3 === 0 ? `行政执法事前公示：${topic.name}执法依据与程序` : `行政检查结果公示：${topic.action}（${ZH_MONTH(date)}）`;
    case 'ANNUAL_REPORT':
      return [`市中区民政局2020年度政府信息公开工作年度报告`, `市中区民政局2020年度法治政府建设情况报告`][i % 2]!;
  }
}

export function bodyFor(category: DisclosureCategory, topic: Topic, date: string): string {
  return [
    `${date.slice(0, 4)}年${ZH_MONTH(date)}，市中区民政局围绕${topic.name}工作，依据${topic.law}，组织开展${topic.action}。`,
    category === 'NOTICE'
      ? `现将有关事项通告如下：请各相关单位和个人严格遵守${topic.law}的规定，如有疑问请拨打民政服务热线咨询。`
      : `此项工作坚持依法行政，做到执法公示、全过程记录和重大执法决定法制审核，切实保障群众合法权益。`,
    `下一步，区民政局将持续加强${topic.name}领域的制度建设和监督管理，推进民政领域治理体系和治理能力现代化。`,
  ].join('\n\n');
}
