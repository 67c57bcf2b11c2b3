import { describe, expect, it } from 'vitest';
import { enforcementPublicityDraft, publicParty } from './publicity';

describe('publicParty', () => {
  it('masks natural persons, compound surnames kept whole', () => {
    expect(publicParty({ kind: 'PERSON', name: '张三' })).toEqual({ kind: 'PERSON', name: '张某某' });
    expect(publicParty({ kind: 'PERSON', name: '欧阳娜娜' })).toEqual({ kind: 'PERSON', name: '欧阳某某' });
  });

  it('publishes organisations in full and drops every private field', () => {
    const party = { kind: 'ORGANISATION', name: ' 幸福养老院 ', idNumber: '91370102MA3XXXXXXX', phone: '0531-1234567', address: '经十路1号' } as const;
    expect(publicParty(party)).toEqual({ kind: 'ORGANISATION', name: '幸福养老院' });
  });
});

describe('enforcementPublicityDraft', () => {
  const input = {
    bodyName: '某区民政局',
    documentNumber: '某民罚决字〔2021〕3号',
    type: 'PENALTY',
    parties: [{ kind: 'PERSON', name: '欧阳明', idNumber: '370102199001011234', phone: '13800000000', address: '历山路8号' }],
    legalBasis: '《殡葬管理条例》第二十条',
    decidedOn: '2021-06-18',
    penalty: { kinds: ['WARNING', 'FINE'], fineAmount: 1000 },
  } as const;

  it('states body, masked party, type and conclusion', () => {
    const draft = enforcementPublicityDraft(input);
    expect(draft.title).toBe('行政处罚决定公示（某民罚决字〔2021〕3号）');
    expect(draft.summary).toBe('某区民政局对欧阳某某作出行政处罚决定：警告、罚款1,000元');
    expect(draft.body).toContain('当事人：欧阳某某');
    expect(draft.body).toContain('执法依据：《殡葬管理条例》第二十条');
    expect(draft.body).toContain('决定日期：2021-06-18');
  });

  it('never publishes the name, ID number, phone or address', () => {
    const text = Object.values(enforcementPublicityDraft(input)).join('\n');
    for (const secret of ['欧阳明', '370102199001011234', '13800000000', '历山路8号']) expect(text).not.toContain(secret);
  });

  it('masks what the free-text legal basis and conclusion carry (observation 1 of issue 10)', () => {
    const draft = enforcementPublicityDraft({
      ...input,
      legalBasis: '《殡葬管理条例》第二十条；当事人欧阳明，身份证号370102199001011234，电话138 0000 0000，住历山路8号',
      penalty: null,
      conclusion: '责令欧阳明改正，另查明其银行卡6222021234567890128',
    });
    const text = Object.values(draft).join('\n');
    for (const secret of ['欧阳明', '370102199001011234', '138 0000 0000', '历山路8号', '6222021234567890128']) expect(text).not.toContain(secret);
    expect(draft.body).toContain('执法依据：《殡葬管理条例》第二十条；当事人欧阳某某，身份证号（已隐去），电话（已隐去），住（已隐去）');
    expect(draft.summary).toContain('责令欧阳某某改正');
  });

  it('states the conclusion of a decision that is not a penalty', () => {
    const draft = enforcementPublicityDraft({
      ...input,
      type: 'ILLEGAL_SOCIAL_ORG_BAN',
      parties: [{ kind: 'ORGANISATION', name: '某某国学研究会' }],
      penalty: null,
      conclusion: '予以取缔',
    });
    expect(draft.summary).toBe('某区民政局对某某国学研究会作出取缔非法社会组织决定：予以取缔');
  });
});
