import { describe, expect, it } from 'vitest';
import { describeBlockers } from '../blockers';
import { disclosurePublicFields, personalDataBlockers, personalDataFindings, type PartyPersonalData } from '.';

const party: PartyPersonalData = { kind: 'PERSON', name: '王建国', phone: '0531-88886666', address: '幸福路88号' };
const fields = (body: string, attachmentNames: string[] = []) => disclosurePublicFields({ title: '处罚决定公示', summary: '', body, attachmentNames });

describe('the publication check', () => {
  it('names each field with what it holds and how many, never the value', () => {
    const facts = { fields: fields('当事人王建国，手机13912345678', ['王建国.pdf']), parties: [party] };
    expect(personalDataFindings(facts)).toEqual(['正文：当事人姓名 1 处、手机号码 1 处', '第1个附件的文件名：当事人姓名 1 处']);
    const message = describeBlockers(personalDataBlockers(facts));
    expect(message).toContain('不能发布');
    expect(message).toContain('《中华人民共和国政府信息公开条例》第十五条');
    expect(message).not.toContain('王建国');
    expect(message).not.toContain('13912345678');
  });

  it('lets an office’s landline through but not the party’s own', () => {
    expect(personalDataBlockers({ fields: fields('咨询电话：0531-86123456'), parties: [party] })).toEqual([]);
    expect(personalDataFindings({ fields: fields('联系电话0531-88886666'), parties: [party] })).toEqual(['正文：固定电话号码 1 处']);
  });

  it('passes text without personal data', () => {
    expect(personalDataBlockers({ fields: fields('当事人王某某，地址（已隐去）'), parties: [party] })).toEqual([]);
  });
});
