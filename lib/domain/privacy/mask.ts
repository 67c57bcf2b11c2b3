// Natural persons' names are published masked (张某某), organisations' names in full
// (《政府信息公开条例》第十五条). The public form is derived from the structured party record
// (kind + name), never by editing free text; free text goes through ./personal-data.

// Common two-character surnames (复姓): the whole surname stays visible.
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '司空',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '闾丘',
  '端木',
  '南宫',
  '西门',
  '独孤',
  '百里',
  '呼延',
  '澹台',
  '公冶',
  '申屠',
  '太史',
  '赫连',
  '拓跋',
  '万俟',
  '闻人',
  '东郭',
  '濮阳',
  '单于',
  '第五',
  '公羊',
  '左丘',
  '谷梁',
  '仲孙',
  '叔孙',
  '巫马',
  '漆雕',
  '乐正',
  '壤驷',
  '公良',
  '梁丘',
  '宗政',
  '亓官',
  '司寇',
  '子车',
  '颛孙',
] as const;

const MASK = '某某';

export function maskPersonName(name: string): string {
  const trimmed = name.trim();
  const chars = Array.from(trimmed);
  if (chars.length === 0) return MASK;
  const firstTwo = chars.slice(0, 2).join('');
  const surname = chars.length > 2 && (COMPOUND_SURNAMES as readonly string[]).includes(firstTwo) ? firstTwo : chars[0]!;
  return `${surname}${MASK}`;
}

export type PartyKind = 'PERSON' | 'ORGANISATION';

export function publicPartyName(party: { kind: PartyKind; name: string }): string {
  return party.kind === 'PERSON' ? maskPersonName(party.name) : party.name.trim();
}
