// Fictional but realistic texts for the demo disclosures (civil-affairs topics of the seed report).
import type { DisclosureTopic } from '@/lib/domain/disclosure/catalogue';
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

const FUNCTION_PAGES = ['主要职责', '内设机构', '领导分工', '办事指南', '权责清单', '随机抽查事项清单'] as const;
const FUNCTION_BODIES: Record<(typeof FUNCTION_PAGES)[number], string> = {
  主要职责: '市中区民政局是区政府工作部门，主要职责：贯彻落实民政工作的法律法规和政策；负责社会救助、养老服务、儿童福利、社会组织登记管理、婚姻登记、殡葬管理、区划地名等工作。',
  内设机构: '市中区民政局设办公室、社会救助科、养老服务科、社会组织管理科、社会事务科和政策法规科（行政执法监督科）。',
  领导分工: '局长主持全面工作；副局长分管社会救助、养老服务；副局长分管社会组织管理、社会事务和政策法规。',
  办事指南: '最低生活保障、特困人员供养、临时救助、婚姻登记、养老机构备案等事项的办理条件、所需材料、办理流程和时限，请到区政务服务中心民政窗口或拨打服务电话咨询。',
  权责清单: '本局行政许可、行政处罚、行政检查、行政确认、行政给付等权力事项的名称、依据、责任事项和追责情形，按“清单之外无权力”的要求公开。',
  随机抽查事项清单: '本局“双随机、一公开”抽查事项：养老机构监督检查、社会组织年度检查和抽查审计、殡葬服务单位检查，按年度计划随机抽取检查对象和执法人员。',
};
const NORMATIVE = [
  {
    title: '市中区最低生活保障审核确认办法',
    number: '市中民发〔2021〕1号',
    topic: '社会救助',
    validFrom: '2021-03-01',
    validUntil: '2026-02-28',
    body: '第一条 为规范最低生活保障审核确认工作，根据《社会救助暂行办法》，结合本区实际，制定本办法。\n\n第二条 共同生活的家庭成员人均收入低于本区最低生活保障标准，且家庭财产状况符合规定的，可以申请最低生活保障。\n\n第三条 街道办事处受理申请后，应当入户调查家庭人口、收入和财产状况，并在社区公示7天。\n\n第四条 本办法自2021年3月1日起施行，有效期五年。',
  },
  {
    title: '市中区养老服务补贴发放管理办法',
    number: '市中民发〔2021〕2号',
    topic: '养老服务',
    validFrom: '2021-09-01',
    validUntil: null,
    body: '第一条 为规范养老服务补贴发放，保障经济困难的高龄、失能老年人的基本养老服务需求，制定本办法。\n\n第二条 入住本区备案养老机构（养老院）的经济困难失能老年人，按月发放养老服务补贴。\n\n第三条 补贴资金由区财政列支，区民政局按季度拨付，实行社会化发放。\n\n第四条 本办法自2021年9月1日起施行。',
  },
] as const;

/** The catalogue metadata of the two normative documents (文号, 主题分类, validity). */
export function normativeMeta(i: number) {
  const doc = NORMATIVE[i % 2]!;
  return { documentNumber: doc.number, topic: doc.topic, validFrom: doc.validFrom, validUntil: doc.validUntil ?? '' };
}

/** 主题分类 of a topic. */
export function topicClass(topic: Topic): DisclosureTopic {
  const map: Record<string, DisclosureTopic> = {
    养老服务: '养老服务',
    社会救助: '社会救助',
    殡葬改革: '殡葬管理',
    社会组织管理: '社会组织管理',
    流浪乞讨人员救助: '流浪乞讨人员救助',
    婚姻登记: '婚姻登记',
    居民家庭经济状况核对: '社会救助',
    儿童福利: '儿童福利',
    残疾人福利: '残疾人福利',
    区划地名: '区划地名',
    慈善事业: '慈善和社会工作',
    基层治理: '基层政权和社区建设',
  };
  return map[topic.name] ?? '综合政务';
}

// Titles are unique: the running number n of the category keeps two items of one topic and month apart.
export function titleFor(category: DisclosureCategory, topic: Topic, i: number, date: string): string {
  const n = i + 1;
  switch (category) {
    case 'WORK_NEWS':
      return `区民政局开展${topic.action}工作（${ZH_MONTH(date)}，第${n}期）`;
    case 'POLICY_REGULATION':
      return `${topic.law}全文（${topic.name}政策汇编之${n}）`;
    case 'POLICY_INTERPRETATION':
      return `图解：${topic.name}政策问答（${n}）`;
    case 'FUNCTIONS':
      return `市中区民政局${FUNCTION_PAGES[i % 6]}`;
    case 'NOTICE':
      return i % 2 === 0 ? `关于${topic.action}的通告（市中民通〔2021〕${n}号）` : `关于${topic.name}检查情况的通报（市中民报〔2021〕${n}号）`;
    case 'NORMATIVE_DOCUMENT':
      return NORMATIVE[i % 2]!.title;
    case 'ENFORCEMENT_PUBLICITY':
      return i % 3 === 0 ? `行政执法事前公示：${topic.name}执法依据与程序（第${n}号）` : `行政检查结果公示：${topic.action}（${ZH_MONTH(date)}，第${n}号）`;
    case 'ANNUAL_REPORT':
      return [`市中区民政局2020年度政府信息公开工作年度报告`, `市中区民政局2020年度法治政府建设情况报告`][i % 2]!;
  }
}

// A body that says what its title says.
export function bodyFor(category: DisclosureCategory, topic: Topic, date: string, i = 0): string {
  const when = `${date.slice(0, 4)}年${ZH_MONTH(date)}`;
  const next = `下一步，区民政局将持续加强${topic.name}领域的制度建设和监督管理，推进民政领域治理体系和治理能力现代化。`;
  switch (category) {
    case 'WORK_NEWS':
      return [
        `${when}，区民政局组织开展${topic.action}工作，依据${topic.law}，深入街道、社区和服务机构了解情况、解决问题。`,
        `此项工作坚持依法行政，做到执法公示、全过程记录和重大执法决定法制审核，切实保障群众合法权益。`,
        next,
      ].join('\n\n');
    case 'POLICY_REGULATION':
      return [
        `本栏目收录${topic.law}全文，供${topic.name}工作参照执行。`,
        `${topic.law}规定了${topic.name}工作的职责分工、办理程序和监督管理要求，区民政局在${topic.action}等工作中严格执行。`,
        `如需纸质文本，可到区政务服务中心民政窗口查阅。`,
      ].join('\n\n');
    case 'POLICY_INTERPRETATION':
      return [
        `## 问：${topic.name}工作的主要依据是什么？`,
        `答：主要依据${topic.law}及省、市相关配套规定。`,
        `## 问：群众如何办理相关事项？`,
        `答：可到所在街道便民服务中心或区政务服务中心民政窗口咨询办理；${topic.action}的安排以本局通知公告为准。`,
      ].join('\n\n');
    case 'FUNCTIONS':
      return FUNCTION_BODIES[FUNCTION_PAGES[i % 6]!];
    case 'NOTICE':
      return [
        `${when}，市中区民政局围绕${topic.name}工作，依据${topic.law}，组织开展${topic.action}。`,
        `现将有关事项通告如下：请各相关单位和个人严格遵守${topic.law}的规定，如有疑问请拨打民政服务热线咨询。`,
        next,
      ].join('\n\n');
    case 'NORMATIVE_DOCUMENT':
      return NORMATIVE[i % 2]!.body;
    case 'ENFORCEMENT_PUBLICITY':
      return i % 3 === 0
        ? [
            `根据行政执法公示制度，现将${topic.name}领域的执法主体、执法依据、执法程序和救济渠道公示如下。`,
            `执法依据：${topic.law}。`,
            `执法程序：立案、调查取证、告知、听取陈述申辩、法制审核（重大执法决定）、决定、送达、执行。`,
            `救济渠道：当事人对行政执法决定不服的，可以依法申请行政复议或者提起行政诉讼。`,
          ].join('\n\n')
        : [`${when}，区民政局依据${topic.law}开展${topic.action}，现将检查结果公示如下。`, `检查中发现的问题已当场告知被检查单位，并责令限期整改；整改情况将跟踪复查。`, next].join(
            '\n\n',
          );
    case 'ANNUAL_REPORT':
      return i % 2 === 0
        ? [
            '根据《中华人民共和国政府信息公开条例》，编制本报告。',
            '## 一、总体情况',
            '2020年，区民政局坚持以公开为常态、不公开为例外，主动公开机构职能、政策文件、执法公示和工作动态等政府信息。',
            '## 二、主动公开政府信息情况',
            '全年通过区政府门户网站主动公开各类政府信息，规范性文件均经法制审核后公开。',
            '## 三、收到和处理政府信息公开申请情况',
            '依申请公开均在法定期限内答复。',
          ].join('\n\n')
        : [
            '根据法治政府建设要求，现将区民政局2020年度法治政府建设情况报告如下。',
            '## 一、主要举措和成效',
            '落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，规范行政执法行为。',
            '## 二、存在的不足和下一步打算',
            '进一步加强执法人员培训和执法监督，提升依法行政水平。',
          ].join('\n\n');
  }
}
