import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS, type SettingKey } from './defaults';
import { presentSetting, SETTING_GROUPS, settingGroupOf } from './presentation';

describe('settings in the staff language', () => {
  const keys = Object.keys(SETTING_DEFAULTS) as SettingKey[];

  it('puts every setting in a named group', () => {
    for (const key of keys)
      expect(
        SETTING_GROUPS.some((g) => g.prefixes.some((p) => key.startsWith(p))),
        key,
      ).toBe(true);
    expect(settingGroupOf('reminders.workingDaysAfter')).toBe('reminders');
  });

  it('gives each a Chinese label, unit and range, and never its key', () => {
    for (const key of keys) {
      const shown = presentSetting(key);
      expect(shown.label, key).toMatch(/[\u4e00-\u9fff]/);
      expect(JSON.stringify(shown)).not.toContain(key);
    }
    expect(presentSetting('review.workingDays')).toEqual({ label: '法制审核期限', unit: '工作日', range: '1～1000工作日', explanation: '' });
    expect(presentSetting('disclosure.proactiveWorkingDays')).toMatchObject({ unit: '工作日', explanation: '条例第26条' });
  });
});
