// The statutes enforcement rules cite, written the way the texts themselves are cited: article
// numbers in Chinese numerals (第四十二条), the law by its full title.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * 1 → 一, 10 → 十, 42 → 四十二, 105 → 一百零五, 110 → 一百一十, as article numbers are written.
 * @throws RangeError outside 1…999.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`article number out of range: ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  if (tens > 0) {
    // 十 alone (not 一十) only when it leads the number: 十二 but 一百一十二.
    text += tens === 1 && hundreds === 0 ? '十' : `${DIGITS[tens]}十`;
  } else if (hundreds > 0 && units > 0) {
    text += '零';
  }
  if (units > 0) text += DIGITS[units];
  return text;
}

/** An article, or an article and one of its paragraphs (款). */
export type ArticleRef = number | readonly [article: number, paragraph: number];

function articleText(ref: ArticleRef): string {
  if (typeof ref === 'number') return `第${chineseNumeral(ref)}条`;
  const [article, paragraph] = ref;
  return `第${chineseNumeral(article)}条第${chineseNumeral(paragraph)}款`;
}

function cite(title: string, refs: readonly ArticleRef[]): string {
  if (refs.length === 0) throw new RangeError('cite at least one article');
  return `${title}${refs.map(articleText).join('、')}`;
}

export const PENALTY_LAW_TITLE = '《中华人民共和国行政处罚法》';
export const COERCION_LAW_TITLE = '《中华人民共和国行政强制法》';

/** `penaltyLaw(44, 62)` → 《中华人民共和国行政处罚法》第四十四条、第六十二条 */
export function penaltyLaw(...refs: readonly ArticleRef[]): string {
  return cite(PENALTY_LAW_TITLE, refs);
}

export function coercionLaw(...refs: readonly ArticleRef[]): string {
  return cite(COERCION_LAW_TITLE, refs);
}

/** The three enforcement systems (公示、全过程记录、法制审核). */
export const THREE_SYSTEMS_GUIDELINE = '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';
