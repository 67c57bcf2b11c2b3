import { describe, expect, it } from 'vitest';
import { fieldLabel } from './messages';

describe('fieldLabel', () => {
  it('names core fields and the fields each area declares in its catalogue', () => {
    expect(fieldLabel('email')).toBe('邮箱');
    expect(fieldLabel('holidayName')).toBe('名称');
  });

  it('falls back to the field key rather than inventing a label', () => {
    expect(fieldLabel('noSuchField')).toBe('noSuchField');
  });
});
