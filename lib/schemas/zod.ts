import { z } from 'zod';

// Chinese messages for every issue a schema does not word itself.
z.config(z.locales.zhCN());
// …without the locale's type names and option codes ("期望 string，实际接收 undefined"), which a
// crafted request (a field the form never omits, sent twice, or of another type) would show.
const GENERIC: Partial<Record<string, string>> = {
  invalid_type: '缺少此项或格式无效',
  invalid_value: '选项无效',
  too_big: '内容过长或数值过大',
  too_small: '内容过短或数值过小',
  invalid_format: '格式无效',
};
z.config({ customError: (issue) => GENERIC[issue.code] });

export { z };
