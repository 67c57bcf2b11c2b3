import type { Blocker } from '@/lib/domain/blockers';
import { messages } from '@/lib/i18n/messages';

// Why a step cannot be taken yet, each reason with the rule it cites.
export function BlockerList({ blockers, title, id }: { blockers: readonly Blocker[]; title?: string; id?: string }) {
  if (blockers.length === 0) return null;
  return (
    <div id={id} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {title ? <p className="font-medium">{title}</p> : null}
      <ul className="list-disc pl-5">
        {blockers.map((blocker) => (
          <li key={blocker.code}>
            {blocker.message}
            {blocker.citation ? (
              <span className="text-amber-800">
                （{messages.disclosure.list.basis}
                {blocker.citation}）
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
