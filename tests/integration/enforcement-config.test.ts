import { beforeAll, describe, expect, it, vi } from 'vitest';
import { advanceCaseAction, saveDiscretionBandAction, saveNoPenaltyItemAction, deleteDiscretionBandAction } from '@/app/(staff)/staff/cases/actions';
import { initialActionState } from '@/lib/action-state';
import { getDb } from '@/lib/db';
import { actAs, form } from '../setup/act-as';
import { addRecording, advance, caseFields, caseRowCounts, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// A recorded step redirects to the case page with its confirmation (as filing does).
vi.mock('next/navigation', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/navigation')>()), redirect: vi.fn() }));

const db = () => getDb();
let w: CaseWorld;
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

beforeAll(async () => {
  w = await makeCaseWorld(db());
});

describe('discretion benchmarks and the no-penalty list', () => {
  it('lets only case.configure maintain them, audited', async () => {
    const band = { violationType: 'SOC_UNREGISTERED', violationName: '未经登记擅自以社会团体名义开展活动', severity: 'GENERAL', minFine: '1000', maxFine: '5000' };
    await actAs(w.officer);
    const before = await caseRowCounts(db());
    expect(await saveDiscretionBandAction(initialActionState, form(band))).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await caseRowCounts(db())).toEqual(before);
    expect(await db().discretionBand.count()).toBe(0);

    await actAs(w.admin);
    expect(await saveDiscretionBandAction(initialActionState, form({ ...band, minFine: '6000' }))).toMatchObject({ ok: false });
    expect(await saveDiscretionBandAction(initialActionState, form(band))).toEqual({ ok: true, message: '裁量基准已保存。' });
    expect(
      await saveNoPenaltyItemAction(
        initialActionState,
        form({
          violationType: 'SOC_UNREGISTERED',
          itemTitle: '首次开展活动且未收取费用，及时停止',
          conditions: ['FIRST_OFFENCE', 'CORRECTED'],
          outcome: 'MAY_NOT',
          citation: '《行政处罚法》第三十三条第一款',
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: { startsWith: 'case.configure' } } })).toBe(2);
  });

  it('refuses a proposed fine outside its band without a written reason (art. 34), and accepts it with one', async () => {
    const filed = await fileTestCase(db(), w.officer, caseFields(w, { caseTitle: '裁量基准测试案', violationType: 'SOC_UNREGISTERED' }), at('2026-03-02'));
    await advance(db(), w.officer, filed.id, 'INVESTIGATION', {}, at('2026-03-02'));
    await addRecording(db(), filed.id, w.officer.id, at('2026-03-03'));
    await actAs(w.officer);
    const fields = { caseId: filed.id, to: 'RIGHTS_NOTICE', penaltyKinds: 'FINE', fineAmount: '8000', severity: 'GENERAL', noticeServedOn: '2026-03-04' };
    const before = await caseRowCounts(db());
    const refused = await advanceCaseAction(initialActionState, form(fields));
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('拟罚款8,000元超出裁量基准：未经登记擅自以社会团体名义开展活动（情节一般）罚款1,000元至5,000元，须书面说明理由');
    expect(refused.message).toContain('第三十四条');
    expect(await caseRowCounts(db())).toEqual(before);
    expect(await advanceCaseAction(initialActionState, form({ ...fields, discretionReason: '当事人拒不改正且多次组织活动，从重处罚' }))).toMatchObject({ ok: true });
    const kase = await db().enforcementCase.findUniqueOrThrow({ where: { id: filed.id } });
    expect(kase.discretionReason).toBe('当事人拒不改正且多次组织活动，从重处罚');

    await actAs(w.admin);
    const band = await db().discretionBand.findFirstOrThrow();
    expect(await deleteDiscretionBandAction(initialActionState, form({ configId: band.id }))).toMatchObject({ ok: true });
  });
});
