import { describe, expect, it } from 'vitest';
import { findPersonalData } from '@/lib/domain/privacy';
import { buildTeachingCaseDraft } from './teaching-case-text';

const person = { kind: 'PERSON' as const, name: '司马光明', idNumber: '370102199001011234', address: '幸福路1号', phone: '13812345678' };
const single = { kind: 'PERSON' as const, name: '张' };
const source = {
  bodyName: '市中区民政局',
  type: 'PENALTY' as const,
  procedure: 'SUMMARY' as const,
  parties: [person, single],
  violationName: '未按规定办理变更登记',
  legalBasis: '《社会团体登记管理条例》第三十条',
  filedOn: '2024-11-05',
  closedOn: '2025-01-10',
  decidedPenalty: { kinds: ['WARNING' as const] },
  hearingHeld: false,
  collectiveDecision: true,
  jointDepartments: [],
};

describe('teaching case draft', () => {
  it('masks people (compound surnames kept), states the structured facts only', () => {
    const { title, body } = buildTeachingCaseDraft(source);
    expect(title).toBe('以案释法：未按规定办理变更登记案');
    expect(body).toContain('2024年11月，市中区民政局对司马某某、张某某涉嫌未按规定办理变更登记一案立案办理。');
    expect(body).toContain('适用简易程序（当场处罚），经负责人集体讨论，于2025年1月办结。');
    expect(body).toContain('作出警告的决定');
    expect(findPersonalData(`${title}${body}`, source.parties)).toEqual([]);
  });

  it('masks what the free-text legal basis carries about the party', () => {
    const { body } = buildTeachingCaseDraft({ ...source, legalBasis: '依据第三十条，对司马光明（370102199001011234，幸福路1号，13812345678）' });
    expect(body).toContain('对司马某某（（已隐去），（已隐去），（已隐去））');
    expect(findPersonalData(body, source.parties)).toEqual([]);
  });
});
