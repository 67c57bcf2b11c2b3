import { describe, expect, it } from 'vitest';
import { ledgerTotals } from './activities';
import { annualPlan } from './plan';

describe('publicity ledger totals', () => {
  it('counts offline events, online items and campaigns, and sums leaflets and reach across kinds', () => {
    const totals = ledgerTotals([
      { kind: 'OFFLINE_EVENT', heldOn: '2021-03-05', leaflets: 3800, reach: 0 },
      { kind: 'OFFLINE_EVENT', heldOn: '2021-06-05', leaflets: 4000, reach: 300 },
      { kind: 'ONLINE_PUBLICATION', heldOn: '2021-04-01', leaflets: 0, reach: 1520 },
      { kind: 'FESTIVAL_CAMPAIGN', heldOn: '2021-04-04', leaflets: 200, reach: 800 },
    ]);
    expect(totals).toEqual({ events: 2, festivalCampaigns: 1, onlineItems: 1, leaflets: 8000, reach: 2620, activities: 4 });
  });

  it('is all zeros for an empty year', () => {
    expect(ledgerTotals([])).toEqual({ events: 0, festivalCampaigns: 0, onlineItems: 0, leaflets: 0, reach: 0, activities: 0 });
  });
});

describe('annual plan', () => {
  it('groups items by unit, orders them by due date and marks those past due', () => {
    const plan = annualPlan(
      [
        { id: '1', unit: '社会事务科', laws: '《殡葬管理条例》', audience: '群众', dueOn: '2021-04-30' },
        { id: '2', unit: '养老服务科', laws: '《老年人权益保障法》', audience: '养老机构', dueOn: '2021-10-31' },
        { id: '3', unit: '社会事务科', laws: '《社会救助暂行办法》', audience: '救助对象', dueOn: '2021-03-31' },
      ],
      '2021-04-01',
    );
    expect(plan.map((group) => [group.unit, group.items.map((item) => `${item.id}:${item.state}`)])).toEqual([
      ['社会事务科', ['3:DUE', '1:OPEN']],
      ['养老服务科', ['2:OPEN']],
    ]);
  });
});
