import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from './parse-calendar-csv';
import { validateCalendarEntries } from './working-calendar';

describe('parseCalendarCsv', () => {
  it('reads the documented format, a header, comments, Chinese kind words and full-width commas', () => {
    const text = ['date,kind,name', '# 2025年春节', '2025-01-26,MAKEUP_WORKDAY,春节', '', '2025-01-28，放假，春节', '  2025-02-08 , 调休上班 , 春节  '].join('\n');
    expect(parseCalendarCsv(text, 2025)).toEqual({
      entries: [
        { date: '2025-01-26', kind: 'MAKEUP_WORKDAY', name: '春节' },
        { date: '2025-01-28', kind: 'HOLIDAY', name: '春节' },
        { date: '2025-02-08', kind: 'MAKEUP_WORKDAY', name: '春节' },
      ],
      problems: [],
    });
  });

  it('names the line and the date of every bad line', () => {
    const text = ['2025-02-30,HOLIDAY,春节', '2025-02-01,HOLIDAYS,春节', '2026-01-01,HOLIDAY,元旦', '2025-10-01,HOLIDAY,', '2025-10-02'].join('\n');
    expect(parseCalendarCsv(text, 2025).problems.map((p) => p.message)).toEqual([
      '第1行：“2025-02-30”不是有效日期（应为YYYY-MM-DD）',
      '第2行：2025-02-01的类型“HOLIDAYS”无效（应为“放假”或“调休上班”）',
      '第3行：2026-01-01不属于2025年',
      '第4行：2025-10-01缺少节日名称',
      '第5行格式应为“日期,类型,名称”：2025-10-02',
    ]);
  });

  it('leaves a date listed as both kinds to validateCalendarEntries, which names it', () => {
    const { entries, problems } = parseCalendarCsv('2025-02-08,HOLIDAY,春节\n2025-02-08,MAKEUP_WORKDAY,春节', 2025);
    expect(problems).toEqual([]);
    expect(validateCalendarEntries(entries).map((p) => p.message)).toContain('2025-02-08不能既是放假日又是调休上班日');
  });
});
