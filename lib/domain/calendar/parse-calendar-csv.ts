import { isIsoDate } from './date-string';
import type { CalendarEntry, CalendarEntryKind } from './working-calendar';

/** A line of pasted CSV that cannot be imported; `message` is user-facing Chinese naming the line. */
export type CsvProblem = { readonly line: number; readonly message: string };

export type ParsedCalendarCsv = { readonly entries: CalendarEntry[]; readonly problems: CsvProblem[] };

// Admins paste from spreadsheets and Chinese documents: accept the Chinese kind words and a
// full-width comma as well as the documented `YYYY-MM-DD,HOLIDAY|MAKEUP_WORKDAY,name`.
const KIND_WORDS: Readonly<Record<string, CalendarEntryKind>> = {
  HOLIDAY: 'HOLIDAY',
  MAKEUP_WORKDAY: 'MAKEUP_WORKDAY',
  放假: 'HOLIDAY',
  放假日: 'HOLIDAY',
  调休上班: 'MAKEUP_WORKDAY',
  调休上班日: 'MAKEUP_WORKDAY',
};

const HEADER = /^(date|日期)\s*[,，]/i;

/**
 * Parses pasted lines `YYYY-MM-DD,HOLIDAY|MAKEUP_WORKDAY,name` for one year's import. Blank lines
 * and lines starting with `#` are ignored, as is a header line (`date,kind,name` or `日期,…`).
 * Every line whose date is not in `year` is a problem, so an import cannot touch another year.
 * Whether the resulting calendar is consistent (a date listed twice, …) is `validateCalendarEntries`'s job.
 */
export function parseCalendarCsv(text: string, year: number): ParsedCalendarCsv {
  const entries: CalendarEntry[] = [];
  const problems: CsvProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#') || (index === 0 && HEADER.test(content))) return;
    const parts = content.split(/[,，]/);
    const [date = '', kindWord = '', ...nameParts] = parts.map((part) => part.trim());
    const name = nameParts.join(',').trim();
    if (parts.length < 3) {
      problems.push({ line, message: `第${line}行格式应为“日期,类型,名称”：${content}` });
      return;
    }
    if (!isIsoDate(date)) {
      problems.push({ line, message: `第${line}行：“${date}”不是有效日期（应为YYYY-MM-DD）` });
      return;
    }
    const kind = KIND_WORDS[kindWord.toUpperCase()] ?? KIND_WORDS[kindWord];
    if (kind === undefined) {
      problems.push({ line, message: `第${line}行：${date}的类型“${kindWord}”无效（应为“放假”或“调休上班”）` });
      return;
    }
    if (Number(date.slice(0, 4)) !== year) {
      problems.push({ line, message: `第${line}行：${date}不属于${year}年` });
      return;
    }
    if (name === '') {
      problems.push({ line, message: `第${line}行：${date}缺少节日名称` });
      return;
    }
    entries.push({ date, kind, name });
  });
  return { entries, problems };
}
