import type { Blocker } from '@/lib/domain/blockers';

// What blocks a step, each with the article it rests on; referenced by the disabled button.
export function BlockerList({ id, blockers, tone = 'red' }: { id: string; blockers: readonly Blocker[]; tone?: 'red' | 'amber' }) {
  if (blockers.length === 0) return null;
  const colours = tone === 'red' ? 'border-red-200 bg-red-50 text-red-800' : 'border-amber-200 bg-amber-50 text-amber-900';
  return (
    <ul id={id} className={`space-y-1 rounded-md border px-3 py-2 text-sm ${colours}`} data-testid="blockers">
      {blockers.map((b, i) => (
        <li key={`${b.code}-${i}`}>
          {b.message}
          {b.citation ? <span className="text-stone-700">（{b.citation}）</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
