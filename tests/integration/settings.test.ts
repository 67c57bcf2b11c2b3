import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { readSetting } from '@/lib/queries/settings/read-setting';

describe('settings', () => {
  it('the migration seeds exactly the documented defaults', async () => {
    const rows = await getDb().setting.findMany({ orderBy: { key: 'asc' } });
    const expected = Object.entries(SETTING_DEFAULTS)
      .map(([key, spec]) => ({ key, value: spec.value, description: spec.description }))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(rows.map(({ key, value, description }) => ({ key, value, description }))).toEqual(expected);
  });

  it('reads a changed value, and falls back to the default when a stored value has the wrong type', async () => {
    await getDb().setting.update({ where: { key: 'review.workingDays' }, data: { value: 10 } });
    expect(await readSetting(getDb(), 'review.workingDays')).toBe(10);
    await getDb().setting.update({ where: { key: 'review.workingDays' }, data: { value: 'ten' } });
    expect(await readSetting(getDb(), 'review.workingDays')).toBe(7);
  });
});
