import { describe, expect, it } from 'vitest';
import { cellDate, cellYesNo } from './import-cells';
import { mapHeaderRow } from './import-columns';
import { checkImportRows, groupImportedOfficers, type RawImportRow } from './import-rows';

const good = (row: number, overrides: RawImportRow['values'] = {}): RawImportRow => ({
  row,
  values: {
    name: '王一',
    unit: '市中区民政局',
    kind: '执法证',
    category: '行政执法证',
    number: `ZF-${row}`,
    validFrom: new Date(Date.UTC(2020, 0, 1)),
    validTo: '2025-12-31',
    examPassed: '是',
    platformRegistered: '是',
    ...overrides,
  },
});
const none = { existingCertificateNumbers: new Set<string>() };

describe('import header row', () => {
  it('maps known headers in any order, tolerating spaces and a required-mark, and names missing ones', () => {
    const { columns, errors } = mapHeaderRow(['证件号', ' 姓 名 ', '单位*', '状态']);
    expect(columns.get('number')).toBe(0);
    expect(columns.get('name')).toBe(1);
    expect(columns.get('unit')).toBe(2);
    expect(errors).toContain('缺少「有效期止」列');
    expect(errors).not.toContain('缺少「法律职业资格证号」列');
  });
});

describe('import cell values', () => {
  it('reads dates written several ways, and Excel serial numbers', () => {
    expect(cellDate('2021/3/5')).toBe('2021-03-05');
    expect(cellDate('2021年3月5日')).toBe('2021-03-05');
    expect(cellDate(44197)).toBe('2021-01-01');
    expect(cellDate('2021-02-30')).toBeNull();
    expect(cellDate('明年')).toBeNull();
  });
  it('reads yes/no', () => {
    expect([cellYesNo('是'), cellYesNo('否'), cellYesNo(true), cellYesNo('Y'), cellYesNo('也许')]).toEqual([true, false, true, true, null]);
  });
});

describe('import rows', () => {
  it('accepts a clean row and parses it', () => {
    const { rows, errorCount } = checkImportRows([good(2)], none);
    expect(errorCount).toBe(0);
    expect(rows[0]?.data).toEqual({
      name: '王一',
      unit: '市中区民政局',
      isLegalStaff: false,
      legalQualificationNo: null,
      certificate: {
        kind: 'ENFORCEMENT',
        category: '行政执法证',
        number: 'ZF-2',
        validFrom: '2020-01-01',
        validTo: '2025-12-31',
        examPassed: true,
        platformRegistered: true,
      },
    });
  });

  it('names every bad column of a row in Chinese, keeping the sheet row number', () => {
    const { rows, errorCount } = checkImportRows([good(2), good(3, { name: '', kind: '工作证', validFrom: '2021-13-01', validTo: '2019-01-01', examPassed: '也许' })], none);
    expect(errorCount).toBe(1);
    expect(rows[1]?.row).toBe(3);
    expect(rows[1]?.data).toBeNull();
    expect(rows[1]?.errors).toEqual([
      '「姓名」不能为空',
      '「证件种类」应为“执法证”或“听证主持人证”',
      '「有效期起」不是有效日期（请写作 2021-01-01）',
      '「考试合格」应填“是”或“否”',
    ]);
  });

  it('finds an end date before the start date', () => {
    const { rows } = checkImportRows([good(2, { validTo: '2019-12-31' })], none);
    expect(rows[0]?.errors).toEqual(['「有效期止」早于「有效期起」']);
  });

  it('accepts a person without a certificate, but not half a certificate', () => {
    const blank = { kind: null, category: null, number: null, validFrom: null, validTo: null, examPassed: null, platformRegistered: null };
    const { rows } = checkImportRows([good(2, { ...blank, isLegalStaff: '是', legalQualificationNo: 'A2019' }), good(3, { ...blank, name: '赵二', number: 'X-1' })], none);
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[0]?.data).toMatchObject({ isLegalStaff: true, legalQualificationNo: 'A2019', certificate: null });
    expect(rows[1]?.errors).toContain('「证件种类」不能为空');
    expect(rows[1]?.errors).toContain('「有效期止」不能为空');
  });

  it('refuses a certificate number repeated in the file or already on record (any letter case)', () => {
    const { rows, errorCount } = checkImportRows([good(2, { number: 'ab-1' }), good(3, { number: 'AB-1', name: '李三' }), good(4, { number: 'old-9', name: '周四' })], {
      existingCertificateNumbers: new Set(['OLD-9']),
    });
    expect(errorCount).toBe(2);
    expect(rows[1]?.errors).toEqual(['「证件号」AB-1与第2行重复']);
    expect(rows[2]?.errors).toEqual(['「证件号」old-9已登记在册']);
  });

  it("groups one person's rows into one officer with several certificates, and refuses contradictions", () => {
    const clean = checkImportRows([good(2), good(3, { kind: '听证主持人证', category: '听证主持人证' })], none);
    const people = groupImportedOfficers(clean.rows.map((row) => row.data!));
    expect(people).toHaveLength(1);
    expect(people[0]?.certificates.map((c) => c.kind)).toEqual(['ENFORCEMENT', 'HEARING_HOST']);

    const contradiction = checkImportRows([good(2), good(3, { isLegalStaff: '是' })], none);
    expect(contradiction.rows[1]?.errors[0]).toContain('与第2行为同一人员');
  });
});
