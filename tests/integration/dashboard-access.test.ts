import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import DashboardPage from '@/app/(staff)/staff/dashboard/page';
import MetricRecordsPage from '@/app/(staff)/staff/dashboard/records/page';
import LeadershipPage from '@/app/(staff)/staff/leadership/page';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { actAs } from '../setup/act-as';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: vi.fn((path: string) => {
    throw new Error(`REDIRECT ${path}`);
  }),
  notFound: vi.fn(() => {
    throw new Error('NOT_FOUND');
  }),
}));

let director: Actor;
const others: Actor[] = [];
const params = (values: Record<string, string>) => ({ searchParams: Promise.resolve(values) });

beforeAll(async () => {
  const db = getDb();
  director = await makeUser(db, { roles: ['DIRECTOR'] });
  for (const roles of [['ADMIN'], ['EDITOR'], ['OFFICER', 'HEARING_HOST'], ['LEGAL_REVIEWER']] as const) others.push(await makeUser(db, { roles: [...roles] }));
  await db.publicityActivity.createMany({
    data: [
      { kind: 'OFFLINE_EVENT', title: '民法典宣传进社区', heldOn: new Date('2021-03-12'), leaflets: 3800 },
      { kind: 'OFFLINE_EVENT', title: '重阳节宣传', heldOn: new Date('2021-10-14'), leaflets: 1200 },
      { kind: 'OFFLINE_EVENT', title: '2020年宣传', heldOn: new Date('2020-10-14'), leaflets: 500 },
    ],
  });
});

describe('director dashboard access and content', () => {
  it('renders figures with links to their records, the previous year, and SVG charts with table views', async () => {
    await actAs(director);
    const html = renderToStaticMarkup(await DashboardPage(params({ year: '2021' })));
    expect(html).toContain('局长工作台 · 2021年');
    expect(html).toMatch(/href="\/staff\/dashboard\/records\?metric=publicity\.offlineEvents&amp;year=2021"[^>]*>2</);
    expect(html).toMatch(/href="\/staff\/dashboard\/records\?metric=publicity\.leaflets&amp;year=2021"[^>]*>5,000</);
    expect(html).toContain('比上年增加 1（+100%）');
    expect(html).toMatch(/<svg[^>]*width="640"/);
    expect(html).toContain('表格视图');
    expect(html).toContain('<caption class="sr-only">主动公开信息（按栏目）（2021年与2020年）</caption>');
  });

  it('lists exactly the records behind a figure, with amounts and their total for a sum', async () => {
    await actAs(director);
    const html = renderToStaticMarkup(await MetricRecordsPage(params({ metric: 'publicity.leaflets', year: '2021' })));
    expect(html.match(/data-testid="metric-record"/g)).toHaveLength(2);
    expect(html).toContain('合计 5,000 份');
    await expect(MetricRecordsPage(params({ metric: 'no.such', year: '2021' }))).rejects.toThrow('NOT_FOUND');
  });

  it('sends every other role to the forbidden page, and a visitor to sign in', async () => {
    for (const actor of others) {
      await actAs(actor);
      await expect(DashboardPage(params({ year: '2021' }))).rejects.toThrow('REDIRECT /staff/forbidden');
      await expect(MetricRecordsPage(params({ metric: 'publicity.leaflets', year: '2021' }))).rejects.toThrow('REDIRECT /staff/forbidden');
      await expect(LeadershipPage(params({ year: '2021' }))).rejects.toThrow('REDIRECT /staff/forbidden');
    }
    await actAs(null);
    await expect(DashboardPage(params({}))).rejects.toThrow(/REDIRECT \/signin/);
  });
});
