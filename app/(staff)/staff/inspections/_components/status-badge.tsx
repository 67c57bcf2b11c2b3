import type { OverdueState, RectificationStatus } from '@/lib/domain/inspections';
import { messages } from '@/lib/i18n/messages';

const t = messages.inspections;
const STYLE: Record<RectificationStatus, string> = {
  OPEN: 'border-amber-300 bg-amber-50 text-amber-900',
  RESPONDED: 'border-sky-300 bg-sky-50 text-sky-900',
  RECHECK_FAILED: 'border-red-300 bg-red-50 text-red-800',
  CLOSED: 'border-green-300 bg-green-50 text-green-800',
};

export function StatusBadge({ status, testId }: { status: RectificationStatus; testId?: string }) {
  return (
    <span data-testid={testId} className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}>
      {t.rectificationStatuses[status]}
    </span>
  );
}

export function OverdueBadge({ overdue }: { overdue: OverdueState }) {
  if (!overdue.overdue) return null;
  return (
    <span title={overdue.message} className="ml-2 inline-block rounded border border-red-400 bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">
      {overdue.kind === 'RESPONSE' ? t.rectifications.overdueResponse : t.rectifications.overdueRecheck}
    </span>
  );
}
