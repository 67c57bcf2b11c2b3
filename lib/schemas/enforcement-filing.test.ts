import { describe, expect, it } from 'vitest';
import { toFieldErrors, summarise } from '@/lib/validation';
import { fileCaseSchema } from './enforcement';

describe('the new-case form', () => {
  it('reports every missing item at once, naming each field in Chinese', () => {
    const result = fileCaseSchema.safeParse({ caseType: 'PENALTY', caseTitle: '', filedOn: '', officerIds: [] });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(['caseTitle', 'filedOn', 'officerIds', 'partyName0']);
    const message = summarise(errors);
    expect(message).toContain('案件名称：');
    expect(message).toContain('当事人1姓名或名称：请登记至少一名当事人');
    expect(message).toContain('办案执法人员：请选择办案的执法人员');
    expect(message).not.toMatch(/caseTitle|officerIds|partyName0/);
  });
});
