import type { Blocker } from '@/lib/domain/blockers';

// Why a step is not available: shown next to its disabled button (linked by id), each reason with
// the statute it cites.
export function BlockerList({ id, title, blockers }: { id: string; title: string; blockers: readonly Blocker[] }) {
  if (blockers.length === 0) return null;
  return (
    <div id={id} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p className="font-medium">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {blockers.map((blocker) => (
          <li key={blocker.code}>
            {blocker.message}
            {blocker.citation ? <span className="text-amber-800">（{blocker.citation}）</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
