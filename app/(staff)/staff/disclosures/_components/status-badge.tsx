import { STATUS_NAMES, type DisclosureStatus } from '@/lib/domain/disclosure/workflow';

const COLOURS: Record<DisclosureStatus, string> = {
  DRAFT: 'bg-stone-100 text-stone-800',
  SECRECY_CHECKED: 'bg-sky-100 text-sky-900',
  IN_REVIEW: 'bg-amber-100 text-amber-900',
  APPROVED: 'bg-emerald-100 text-emerald-900',
  PUBLISHED: 'bg-green-700 text-white',
  WITHDRAWN: 'bg-red-100 text-red-900',
};

export function StatusBadge({ status }: { status: DisclosureStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${COLOURS[status]}`}>{STATUS_NAMES[status]}</span>;
}
