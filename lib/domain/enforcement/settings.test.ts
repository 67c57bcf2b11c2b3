import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { DEFAULT_ENFORCEMENT_SETTINGS, ENFORCEMENT_SETTING_KEYS } from './settings';

describe('enforcement settings', () => {
  it('defaults every key to the documented setting', () => {
    for (const key of ENFORCEMENT_SETTING_KEYS) expect(DEFAULT_ENFORCEMENT_SETTINGS[key]).toBe(SETTING_DEFAULTS[key].value);
  });

  it('holds the statutory defaults', () => {
    expect(DEFAULT_ENFORCEMENT_SETTINGS['case.decisionCalendarDays']).toBe(90);
    expect(DEFAULT_ENFORCEMENT_SETTINGS['summary.maxFinePerson']).toBe(200);
    expect(DEFAULT_ENFORCEMENT_SETTINGS['summary.maxFineOrganisation']).toBe(3000);
  });
});
