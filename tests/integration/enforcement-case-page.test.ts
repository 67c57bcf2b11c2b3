import { prerenderToNodeStream } from 'react-dom/static';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import CasePage from '@/app/(staff)/staff/cases/[caseId]/page';
import { getDb } from '@/lib/db';
import { actAs } from '../setup/act-as';
import { caseFields, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: vi.fn((path: string) => {
    throw new Error(`REDIRECT ${path}`);
  }),
  notFound: vi.fn(() => {
    throw new Error('NOT_FOUND');
  }),
  // The upload form (a client component) is rendered for officers on the case.
  useRouter: () => ({ refresh: () => {}, push: () => {}, replace: () => {} }),
  usePathname: () => '/staff/cases',
  useSearchParams: () => new URLSearchParams(),
}));

let w: CaseWorld;
let caseId: string;
// The page holds async server components (evidence panel, chain check): prerender waits for them.
async function render(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(await CasePage({ params: Promise.resolve({ caseId }), searchParams: Promise.resolve({}) }));
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  w = await makeCaseWorld(getDb());
  caseId = (await fileTestCase(getDb(), w.officer, caseFields(w, { caseTitle: '隐私显示测试案' }), new Date('2026-03-02T10:00:00+08:00'))).id;
});

describe('the case page and the party’s private data', () => {
  it('shows the ID number, address and phone to an officer on the case and to the director', async () => {
    for (const actor of [w.officer, w.director]) {
      await actAs(actor);
      const html = await render();
      expect(html).toContain('370102198001011234');
      expect(html).toContain('13800000000');
      expect(html).toContain('市中区某路1号');
    }
  });

  it('hides them from staff who are not on the case (an editor, another officer)', async () => {
    const other = await (await import('../factories/users')).makeUser(getDb(), { roles: ['OFFICER'], name: '局外人' });
    for (const actor of [w.editor, other]) {
      await actAs(actor);
      const html = await render();
      expect(html).toContain('隐私显示测试案');
      expect(html).not.toContain('370102198001011234');
      expect(html).not.toContain('13800000000');
      expect(html).not.toContain('市中区某路1号');
    }
  });
});
