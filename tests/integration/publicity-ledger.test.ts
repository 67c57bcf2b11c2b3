import { revalidatePath } from 'next/cache';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createResponsibilityAction, deleteActivityAction, deleteResponsibilityAction, recordActivityAction } from '@/app/(staff)/staff/publicity/actions';
import { GET as exportLedgerRoute } from '@/app/(staff)/staff/publicity/ledger/export/route';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { ROLES } from '@/lib/domain/auth/permissions';
import { getPublicityLedger, listResponsibilities } from '@/lib/queries/publicity/publicity-ledger';
import { exportPublicityLedger, LEDGER_COLUMNS } from '@/lib/services/publicity/export-ledger';
import { recordPublicityActivity } from '@/lib/services/publicity/record-activity';
import { actAs, form } from '../setup/act-as';
import { readWorkbook } from '../factories/officers';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
async function counts() {
  const [activities, responsibilities, audit] = await Promise.all([db().publicityActivity.count(), db().publicityResponsibility.count(), db().auditEvent.count()]);
  return { activities, responsibilities, audit };
}

const offline = { kind: 'OFFLINE_EVENT', title: '民法典进社区', heldOn: '2023-03-12', place: '文化广场', audience: '社区居民', leaflets: '3,800' };

let editor: Actor;
let everyoneElse: Actor;
beforeAll(async () => {
  editor = await makeUser(db(), { roles: ['EDITOR'], name: '编辑' });
  everyoneElse = await makeUser(db(), { roles: ROLES.filter((role) => role !== 'EDITOR') });
});

describe('publicity actions, called directly as a browser would', () => {
  it('refuse every role but EDITOR for each action, and write nothing', async () => {
    const activity = await recordPublicityActivity(db(), editor, { kind: 'OFFLINE_EVENT', title: '保留', heldOn: '2023-01-05', place: '广场', audience: '群众', leaflets: 10 });
    vi.mocked(revalidatePath).mockClear();
    await actAs(everyoneElse);
    const before = await counts();
    const calls = [
      recordActivityAction(initialActionState, form(offline)),
      deleteActivityAction(initialActionState, form({ activityId: activity.id })),
      createResponsibilityAction(initialActionState, form({ year: '2023', unit: '社会事务科', laws: '殡葬管理条例', audience: '群众', dueOn: '2023-04-30' })),
      deleteResponsibilityAction(initialActionState, form({ responsibilityId: 'x' })),
    ];
    for (const state of await Promise.all(calls)) expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await counts()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("name each kind's missing fields in Chinese and write nothing", async () => {
    await actAs(editor);
    const before = await counts();
    const state = await recordActivityAction(initialActionState, form({ kind: 'OFFLINE_EVENT', title: '', heldOn: '2023-02-30', place: '', audience: '', leaflets: '许多' }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      title: ['请填写活动名称'],
      heldOn: ['请填写有效的日期'],
      place: ['请填写地点'],
      audience: ['请填写参与对象'],
      leaflets: ['发放资料份数应为整数'],
    });
    expect(state.message).toMatch(/^提交的内容有误，请检查：/);
    const online = await recordActivityAction(
      initialActionState,
      form({ kind: 'ONLINE_PUBLICATION', title: '文章', heldOn: '2023-02-01', channel: '', link: 'javascript:alert(1)' }),
    );
    expect(online.fieldErrors).toEqual({ channel: ['请填写发布渠道'], link: ['请填写以 http:// 或 https:// 开头的有效链接'] });
    const festival = await recordActivityAction(initialActionState, form({ kind: 'FESTIVAL_CAMPAIGN', title: '活动', heldOn: '2023-04-05' }));
    expect(festival.fieldErrors).toEqual({ festival: ['请填写节日'] });
    const kind = await recordActivityAction(initialActionState, form({ kind: 'PARADE', title: '活动', heldOn: '2023-04-05' }));
    expect(kind.fieldErrors).toEqual({ kind: ['请选择活动类型'] });
    const plan = await createResponsibilityAction(initialActionState, form({ year: '2023', unit: '', laws: '', audience: '群众', dueOn: '2024-01-31' }));
    expect(plan.fieldErrors).toEqual({ unit: ['请填写责任单位'], laws: ['请填写普法内容'], dueOn: ['完成时限应在所填年度内'] });
    expect(await counts()).toEqual(before);
  });

  it('record, list and delete plan items and activities, each with an audit row', async () => {
    await actAs(editor);
    const before = await counts();
    expect(
      await createResponsibilityAction(initialActionState, form({ year: '2023', unit: '养老服务科', laws: '老年人权益保障法', audience: '养老机构', dueOn: '2023-10-31' })),
    ).toEqual({ ok: true, message: '已添加到责任清单。' });
    const [item] = await listResponsibilities(db(), { year: 2023 });
    expect(item).toMatchObject({ unit: '养老服务科', dueOn: '2023-10-31' });
    expect(await recordActivityAction(initialActionState, form({ ...offline, title: '将删除' }))).toEqual({ ok: true, message: '普法活动已记录。' });
    const activity = await db().publicityActivity.findFirstOrThrow({ where: { title: '将删除' } });
    expect(activity.leaflets).toBe(3800);
    expect(await deleteActivityAction(initialActionState, form({ activityId: activity.id }))).toEqual({ ok: true, message: '已删除。' });
    expect(await deleteResponsibilityAction(initialActionState, form({ responsibilityId: item!.id }))).toEqual({ ok: true, message: '已删除。' });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 4 });
    const removal = await db().auditEvent.findFirstOrThrow({ where: { action: 'publicity.deleteActivity', entityId: activity.id } });
    expect(removal.actorId).toBe(editor.id);
    expect(removal.before).toMatchObject({ title: '将删除', leaflets: 3800, heldOn: '2023-03-12' });
  });
});

describe('the yearly ledger', () => {
  it('totals offline events, leaflets, online items and reach for the year only', async () => {
    await actAs(editor);
    const entries: Record<string, string>[] = [
      { ...offline, title: '活动一', heldOn: '2024-03-12', leaflets: '3800' },
      { ...offline, title: '活动二', heldOn: '2024-06-18', leaflets: '4000', reach: '250' },
      { kind: 'ONLINE_PUBLICATION', title: '一图读懂行政处罚法', heldOn: '2024-07-15', channel: '微信公众号', link: 'https://mp.weixin.qq.com/s/x', reach: '1860' },
      { kind: 'FESTIVAL_CAMPAIGN', title: '清明文明祭扫', heldOn: '2024-04-02', festival: '清明节', channel: '微信公众号', reach: '900', leaflets: '' },
      { ...offline, title: '别的年度', heldOn: '2025-01-02', leaflets: '999' },
    ];
    for (const fields of entries) {
      expect((await recordActivityAction(initialActionState, form(fields))).ok).toBe(true);
    }
    const ledger = await getPublicityLedger(db(), { year: 2024 });
    expect(ledger.entries.map((entry) => entry.title)).toEqual(['活动一', '清明文明祭扫', '活动二', '一图读懂行政处罚法']);
    expect(ledger.totals).toEqual({ events: 2, festivalCampaigns: 1, onlineItems: 1, leaflets: 7800, reach: 3010, activities: 4 });
  });

  it('exports a tidy, printable xlsx: title, headers, one row per activity, totals with SUM formulas', async () => {
    const bytes = await exportPublicityLedger(db(), editor, { year: 2024 });
    const workbook = await readWorkbook(bytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('市中区民政局2024年普法活动台账');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(LEDGER_COLUMNS.map((column) => column.header));
    expect(sheet.getCell('D3').value).toBe('活动一');
    expect((sheet.getCell('C3').value as Date).toISOString().slice(0, 10)).toBe('2024-03-12');
    const totals = sheet.getRow(7);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(4).value).toBe('线下活动2场，线上宣传1条，节日主题宣传1次');
    expect(totals.getCell(8).value).toEqual({ formula: 'SUM(H3:H6)', result: 7800 });
    expect(totals.getCell(9).value).toEqual({ formula: 'SUM(I3:I6)', result: 3010 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '2:2' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('the download route serves any staff member, checks the year, and refuses a signed-out caller', async () => {
    await actAs(everyoneElse);
    const response = await exportLedgerRoute(new Request('http://localhost/staff/publicity/ledger/export?year=2024'));
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('市中区民政局2024年普法活动台账.xlsx');
    const workbook = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(workbook.worksheets[0]!.getCell('D3').value).toBe('活动一');
    expect((await exportLedgerRoute(new Request('http://localhost/staff/publicity/ledger/export?year=abc'))).status).toBe(400);
    await actAs(null);
    expect((await exportLedgerRoute(new Request('http://localhost/staff/publicity/ledger/export?year=2024'))).status).toBe(401);
  });

  it('an empty year exports a title, headers and a zero totals row', async () => {
    const workbook = await readWorkbook(await exportPublicityLedger(db(), editor, { year: 2001 }));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).getCell(1).value).toBe('合计');
    expect(sheet.getRow(3).getCell(8).value).toBe(0);
  });
});
