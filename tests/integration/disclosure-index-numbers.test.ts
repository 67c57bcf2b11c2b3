import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { makeDraft, secrecyChecker } from '../factories/disclosures';
import { makeUser } from '../factories/users';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let editor: Actor;
beforeAll(async () => {
  editor = await makeUser(getDb(), { roles: ['EDITOR'] });
});

async function checkedNews(count: number, formedOn = '2021-01-04') {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const draft = await makeDraft(getDb(), editor, { category: 'WORK_NEWS', title: `工作动态${i}`, formedOn });
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: draft.id, note: '' });
    ids.push(draft.id);
  }
  return ids;
}

const in2021 = new Date('2021-06-01T02:00:00Z');
const in2022 = new Date('2022-01-01T01:00:00Z'); // 09:00 in Shanghai on New Year's Day

describe('index numbers (索引号)', () => {
  it('are sequential per year and unique under concurrent publishes', async () => {
    const ids2021 = await checkedNews(8);
    const ids2022 = await checkedNews(4);
    const published = await Promise.all([
      ...ids2021.map((id) => publishDisclosure(getDb(), editor, { id }, in2021)),
      ...ids2022.map((id) => publishDisclosure(getDb(), editor, { id }, in2022)),
    ]);
    const numbers = published.map((d) => d.indexNumber!);
    expect(new Set(numbers).size).toBe(12);
    const sequences = (year: number) =>
      numbers
        .filter((n) => n.includes(`/${year}-`))
        .map((n) => n.slice(-5))
        .sort();
    expect(sequences(2021)).toEqual(['00001', '00002', '00003', '00004', '00005', '00006', '00007', '00008']);
    expect(sequences(2022)).toEqual(['00001', '00002', '00003', '00004']);
    expect(numbers[0]).toMatch(/^11370102MB28XXXXXX\/2021-\d{5}$/);
    expect(await getDb().indexCounter.findMany({ orderBy: { year: 'asc' } })).toEqual([
      { year: 2021, last: 8 },
      { year: 2022, last: 4 },
    ]);
  });

  it('are drawn once: two concurrent publishes of one item give one number and one refusal', async () => {
    const [id] = await checkedNews(1);
    const results = await Promise.allSettled([1, 2].map(() => publishDisclosure(getDb(), editor, { id: id! }, in2021)));
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(isAppError(rejected[0]!.reason)).toBe(true);
    expect((await getDb().indexCounter.findUniqueOrThrow({ where: { year: 2021 } })).last).toBe(9);
    expect((await getDb().disclosure.findUniqueOrThrow({ where: { id: id! } })).indexNumber).toMatch(/2021-00009$/);
    expect(await getDb().auditEvent.count({ where: { entityId: id!, action: 'disclosure.publish' } })).toBe(1);
  });

  it('use the organisation code from the settings when one is stored', async () => {
    await getDb().setting.create({
      data: { key: 'disclosure.organisationCode', value: '11370103MB1234567X', description: '索引号机构代码' },
    });
    const [id] = await checkedNews(1);
    const published = await publishDisclosure(getDb(), editor, { id: id! }, in2022);
    expect(published.indexNumber).toBe('11370103MB1234567X/2022-00005');
  });
});
