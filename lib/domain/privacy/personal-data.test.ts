import { describe, expect, it } from 'vitest';
import { describeFindings, findPersonalData, isResidentIdNumber, maskPersonName, passesLuhn, redactPersonalData, type PartyPersonalData } from '.';

const ID = '310115199003071239'; // valid GB 11643 check digit
const PERSON: PartyPersonalData = { kind: 'PERSON', name: '王小明', idNumber: ID, phone: '13912345678', address: '上海市浦东新区幸福路88号' };
const ORG: PartyPersonalData = { kind: 'ORGANISATION', name: '阳光养老服务中心', legalRepresentative: '欧阳明', phone: '021-58881234', address: '上海市黄浦区人民路1号' };

const kinds = (text: string, parties: readonly PartyPersonalData[] = []) => findPersonalData(text, parties).map((f) => f.kind);

describe('findPersonalData: the parties’ own data', () => {
  it('finds a natural person’s full name, ID number, phone and address, and where they are', () => {
    const text = `当事人王小明（身份证号${ID}，电话13912345678，住上海市浦东新区幸福路88号）`;
    const found = findPersonalData(text, [PERSON]);
    expect(found.map((f) => f.kind)).toEqual(['PARTY_NAME', 'ID_NUMBER', 'MOBILE', 'ADDRESS']);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['王小明', ID, '13912345678', '上海市浦东新区幸福路88号']);
  });

  it('ignores whitespace, hyphens and full-width forms', () => {
    expect(kinds('王 小 明', [PERSON])).toEqual(['PARTY_NAME']);
    expect(kinds('电话：１３９－１２３４－５６７８', [PERSON])).toEqual(['MOBILE']);
    expect(kinds('上海市浦东新区 幸福路８８号', [PERSON])).toEqual(['ADDRESS']);
    expect(kinds(`身份证 ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`, [PERSON])).toEqual(['ID_NUMBER']);
  });

  it('leaves an organisation’s name but not its legal representative, phone or address', () => {
    expect(kinds('阳光养老服务中心', [ORG])).toEqual([]);
    expect(kinds('法定代表人欧阳明，电话021-58881234，地址上海市黄浦区人民路1号', [ORG])).toEqual(['PARTY_NAME', 'LANDLINE', 'ADDRESS']);
  });

  it('does not report the masked form of a name', () => {
    expect(kinds('当事人王某某', [PERSON])).toEqual([]);
  });

  it('matches a lower-case x in an ID number', () => {
    expect(kinds('11010519491231002x', [{ kind: 'PERSON', name: '甲乙', idNumber: '11010519491231002X' }])).toEqual(['ID_NUMBER']);
  });
});

describe('findPersonalData: patterns, whoever they belong to', () => {
  it('finds a valid 18-digit resident ID and not one with a wrong check digit', () => {
    expect(kinds(`号码${ID}。`)).toEqual(['ID_NUMBER']);
    expect(kinds('号码11010519491231002X')).toEqual(['ID_NUMBER']);
    expect(isResidentIdNumber('310115199003071230')).toBe(false);
    expect(kinds('号码310115199003071230。')).not.toContain('ID_NUMBER');
  });

  it('finds the old 15-digit form with a real birth date', () => {
    expect(isResidentIdNumber('310115900307123')).toBe(true);
    expect(isResidentIdNumber('310115901307123')).toBe(false);
  });

  it('finds mainland mobile numbers, also with +86, but not inside longer digit runs', () => {
    expect(kinds('联系13812345678')).toEqual(['MOBILE']);
    expect(kinds('联系+8613812345678')).toEqual(['MOBILE']);
    expect(kinds('编号1381234567890123')).not.toContain('MOBILE');
    expect(kinds('号码12812345678')).toEqual([]);
  });

  it('finds landlines with or without the hyphen', () => {
    expect(kinds('电话010-62345678')).toEqual(['LANDLINE']);
    expect(kinds('电话057188886666')).toEqual(['LANDLINE']);
  });

  it('finds bank card numbers passing Luhn, not other long numbers', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(kinds('卡号6222021234567890128')).toEqual(['BANK_CARD']);
    expect(kinds('卡号6222 0212 3456 7890 128')).toEqual(['BANK_CARD']);
    expect(kinds('卡号6222021234567890127')).toEqual([]);
    expect(kinds('卡号62220212345678901280000')).toEqual([]);
  });

  it('leaves ordinary text alone: dates, amounts, article numbers, case numbers', () => {
    expect(kinds('2024年3月15日，罚款人民币20000元，依据第十五条，沪民罚〔2024〕12号，2024-03-15')).toEqual([]);
  });
});

describe('redactPersonalData', () => {
  it('masks names (张某某) and replaces ID numbers, phones, cards and addresses', () => {
    const text = `王小明，身份证号${ID}，电话13912345678，住上海市浦东新区幸福路88号，卡号6222021234567890128；阳光养老服务中心法定代表人欧阳明`;
    const redacted = redactPersonalData(text, [PERSON, ORG]);
    expect(redacted).toBe('王某某，身份证号（已隐去），电话（已隐去），住（已隐去），卡号（已隐去）；阳光养老服务中心法定代表人欧阳某某');
    expect(findPersonalData(redacted, [PERSON, ORG])).toEqual([]);
  });

  it('leaves text without personal data unchanged', () => {
    expect(redactPersonalData('依据《养老机构管理办法》第四十六条', [PERSON])).toBe('依据《养老机构管理办法》第四十六条');
  });

  it('uses the one name mask', () => {
    expect(redactPersonalData('司马相如', [{ kind: 'PERSON', name: '司马相如' }])).toBe(maskPersonName('司马相如'));
  });
});

describe('describeFindings', () => {
  it('names the kinds, counts and the place, never the value', () => {
    const text = `${ID}，13912345678，13812345678`;
    const message = describeFindings(findPersonalData(text, []), '正文');
    expect(message).toBe('正文：身份证号码 1 处、手机号码 2 处');
    expect(message).not.toContain(ID);
    expect(describeFindings([], '标题')).toBe('');
  });
});
