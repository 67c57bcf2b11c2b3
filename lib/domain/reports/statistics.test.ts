import { describe, expect, it } from 'vitest';
import { buildRemedyTable, buildRequestTable, checkDisclosureReport, checkRemedyTable, checkRequestTable, enforcementStatistics, type RequestRecord } from './statistics';

const requests: RequestRecord[] = [
  { receivedOn: '2020-12-20', answeredOn: '2021-01-08', applicantKind: 'PERSON', outcome: 'DISCLOSED_IN_FULL' },
  { receivedOn: '2021-03-02', answeredOn: '2021-03-20', applicantKind: 'PERSON', outcome: 'DISCLOSED_IN_PART' },
  { receivedOn: '2021-05-02', answeredOn: '2021-05-25', applicantKind: 'BUSINESS', outcome: 'UNABLE_TO_PROVIDE' },
  { receivedOn: '2021-12-25', answeredOn: null, applicantKind: 'LEGAL_SERVICE', outcome: 'PENDING' },
  { receivedOn: '2021-12-28', answeredOn: '2022-01-05', applicantKind: 'PERSON', outcome: 'NOT_DISCLOSED' },
  { receivedOn: '2020-06-01', answeredOn: '2020-06-20', applicantKind: 'PERSON', outcome: 'DISCLOSED_IN_FULL' },
  { receivedOn: '2022-01-03', answeredOn: null, applicantKind: 'OTHER', outcome: 'PENDING' },
];

describe('enforcement statistics', () => {
  it('lists every category, zeros included, and their total', () => {
    const stats = enforcementStatistics({ licence: { count: 3, detail: '' }, inspection: { count: 192, detail: '' } });
    expect(stats.rows).toHaveLength(10);
    expect(stats.rows.find((r) => r.key === 'penalty')?.count).toBe(0);
    expect(stats.total).toBe(195);
  });
});

describe('disclosure annual report tables', () => {
  it('counts the request table from the records and its totals add up', () => {
    const table = buildRequestTable(2021, requests);
    expect(table.received).toMatchObject({ PERSON: 2, BUSINESS: 1, LEGAL_SERVICE: 1, TOTAL: 4 });
    expect(table.carriedIn).toMatchObject({ PERSON: 1, TOTAL: 1 });
    expect(table.outcomeTotal.TOTAL).toBe(3);
    expect(table.DISCLOSED_IN_FULL.PERSON).toBe(1);
    expect(table.carriedOut).toMatchObject({ PERSON: 1, LEGAL_SERVICE: 1, TOTAL: 2 });
    expect(checkRequestTable(table)).toEqual([]);
  });

  it('detects a total that does not add up', () => {
    const table = buildRequestTable(2021, requests);
    table.NOT_PROCESSED.BUSINESS += 1;
    table.NOT_PROCESSED.TOTAL += 1;
    const problems = checkRequestTable(table);
    expect(problems.map((p) => [p.row, p.column])).toEqual(
      expect.arrayContaining([
        ['outcomeTotal', 'BUSINESS'],
        ['outcomeTotal', 'TOTAL'],
      ]),
    );
    expect(problems[0]?.message).toContain('（一）至（六）之和');
  });

  it('classifies reconsideration and litigation outcomes and checks their totals', () => {
    const table = buildRemedyTable([
      { kind: 'RECONSIDERATION', afterReconsideration: false, outcome: 'UPHELD' },
      { kind: 'LITIGATION', afterReconsideration: false, outcome: 'REVOKED' },
      { kind: 'LITIGATION', afterReconsideration: true, outcome: null },
    ]);
    expect(table.reconsideration).toMatchObject({ UPHELD: 1, TOTAL: 1 });
    expect(table.litigationDirect).toMatchObject({ CORRECTED: 1, TOTAL: 1 });
    expect(table.litigationAfterReconsideration).toMatchObject({ PENDING: 1, TOTAL: 1 });
    expect(checkRemedyTable(table)).toEqual([]);
    table.reconsideration.TOTAL = 2;
    expect(checkRemedyTable(table)).toHaveLength(1);
  });

  it('checks the proactive table against the year total', () => {
    const proactive = {
      documents: [],
      decisions: [],
      byCategory: [
        { label: 'a', count: 360 },
        { label: 'b', count: 5 },
      ],
      published: 365,
    };
    const tables = { proactive, requests: buildRequestTable(2021, []), remedies: buildRemedyTable([]) };
    expect(checkDisclosureReport(tables)).toEqual([]);
    expect(checkDisclosureReport({ ...tables, proactive: { ...proactive, published: 366 } })).toHaveLength(1);
  });
});
