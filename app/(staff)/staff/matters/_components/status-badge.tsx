import type { MatterKind, MatterStatus } from '@/lib/domain/review/matter-status';
import { messages } from '@/lib/i18n/messages';

const text = messages.legalAffairs.matters;

export function MatterStatusBadge({ kind, status }: { kind: MatterKind; status: MatterStatus }) {
  const label = status === 'CONCLUDED' ? text.concludedAs[kind] : text.statuses[status];
  const tone =
    status === 'APPROVED' || status === 'CONCLUDED'
      ? 'border-green-300 bg-green-50 text-green-800'
      : status === 'RETURNED' || status === 'REFERRED'
        ? 'border-amber-300 bg-amber-50 text-amber-900'
        : 'border-stone-300 bg-stone-50 text-stone-700';
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs ${tone}`}>{label}</span>;
}
