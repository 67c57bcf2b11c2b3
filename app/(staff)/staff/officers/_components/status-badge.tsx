import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '@/lib/domain/officers/certificate-status';

const COLOURS: Record<CertificateStatus, string> = {
  VALID: 'bg-green-100 text-green-900',
  EXPIRED: 'bg-red-100 text-red-900',
  NOT_YET_VALID: 'bg-amber-100 text-amber-900',
  REVOKED: 'bg-stone-200 text-stone-800',
};

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${COLOURS[status]}`}>{CERTIFICATE_STATUS_LABELS[status]}</span>;
}
