import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS, type SettingKey } from './defaults';
import { formatSettingValue, parseSettingValue, settingShape } from './setting-value';

describe('parseSettingValue', () => {
  it('accepts a non-negative integer for an integer setting', () => {
    expect(parseSettingValue('review.workingDays', ' 10 ')).toEqual({ ok: true, value: 10 });
    expect(parseSettingValue('review.extensionWorkingDays', '0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses negative, fractional, non-numeric and out-of-range values, naming the setting', () => {
    expect(parseSettingValue('review.workingDays', '-1')).toEqual({ ok: false, message: '“法制审核期限（工作日）”不能为负数' });
    expect(parseSettingValue('review.workingDays', '7.5')).toEqual({ ok: false, message: '“法制审核期限（工作日）”须为整数' });
    expect(parseSettingValue('review.workingDays', 'seven')).toEqual({ ok: false, message: '“法制审核期限（工作日）”须为整数' });
    expect(parseSettingValue('review.workingDays', '0')).toEqual({ ok: false, message: '“法制审核期限（工作日）”须在1至1000之间' });
    expect(parseSettingValue('officer.legalStaffRatioPercent', '101').ok).toBe(false);
    expect(parseSettingValue('review.workingDays', ['7', '8'])).toEqual({ ok: false, message: '“法制审核期限（工作日）”只能填写一个值' });
  });

  it('accepts only disclosure categories for the review list, always keeping the law-gated ones, in a stable order', () => {
    expect(parseSettingValue('review.requiredCategories', ['WORK_NEWS', 'ANNUAL_REPORT', 'NOTICE', 'NOTICE', 'NORMATIVE_DOCUMENT'])).toEqual({
      ok: true,
      value: ['NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT', 'WORK_NEWS'],
    });
    expect(parseSettingValue('review.requiredCategories', ['NOTICE', 'MEMO'])).toEqual({
      ok: false,
      message: '“发布前须经法制审核的公开类别”含有未知选项：MEMO',
    });
    expect(parseSettingValue('review.requiredCategories', ['WORK_NEWS'])).toEqual({
      ok: false,
      message: '“发布前须经法制审核的公开类别”必须包含通知公告、规范性文件、年度报告（固定项，不能取消）',
    });
    // Observation 4 of issue 10: dropping normative documents is refused.
    expect(parseSettingValue('review.requiredCategories', ['NOTICE', 'ANNUAL_REPORT'])).toEqual({
      ok: false,
      message: '“发布前须经法制审核的公开类别”必须包含规范性文件（固定项，不能取消）',
    });
    expect(parseSettingValue('review.requiredCategories', '').ok).toBe(false);
  });

  it('gives every documented default a shape its own default passes', () => {
    for (const key of Object.keys(SETTING_DEFAULTS) as SettingKey[]) {
      const fallback = SETTING_DEFAULTS[key].value;
      const raw = Array.isArray(fallback) ? [...fallback] : String(fallback);
      expect(parseSettingValue(key, raw), key).toEqual({ ok: true, value: Array.isArray(fallback) ? [...fallback] : fallback });
      // A number is never edited as free text, and free text only where the default is text.
      const expected = Array.isArray(fallback) ? 'list' : typeof fallback === 'number' ? 'integer' : typeof fallback;
      expect(settingShape(key).type, key).toBe(expected);
    }
  });

  it('formats list values with their Chinese labels', () => {
    expect(formatSettingValue('review.requiredCategories', ['NOTICE', 'ANNUAL_REPORT'])).toBe('通知公告、年度报告');
    expect(formatSettingValue('review.workingDays', 7)).toBe('7');
  });
});
