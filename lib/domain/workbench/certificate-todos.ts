import { addDays, type IsoDate } from '@/lib/domain/calendar';
import { CERTIFICATE_KIND_LABELS, expiringWithin, type CertificateFacts } from '@/lib/domain/officers/certificate-status';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Certificates lapsing within 60 days: for whoever keeps the officers' register, and for the
// officer holding the certificate (an officer without a valid one cannot be put on a case).

export const CERTIFICATE_NOTICE_DAYS = 60;

export type CertificateTodoFact = CertificateFacts & {
  readonly id: string;
  readonly officerId: string;
  readonly officerName: string;
  readonly officerUserId: string | null;
};

export function certificateTodos(
  certificates: readonly CertificateTodoFact[],
  viewer: { readonly userId: string; readonly managesOfficers: boolean },
  context: TodoContext,
): Todo[] {
  const mine = certificates.filter((c) => viewer.managesOfficers || c.officerUserId === viewer.userId);
  return expiringWithin(mine, context.today, CERTIFICATE_NOTICE_DAYS).map(({ certificate: c }) => {
    const from: IsoDate = addDays(c.validTo, -CERTIFICATE_NOTICE_DAYS);
    return makeTodo(
      {
        key: `certificate:${c.id}`,
        area: 'OFFICER',
        action: `${CERTIFICATE_KIND_LABELS[c.kind]}到期换证`,
        title: `${c.officerName}（证号${c.number}）`,
        href: `/staff/officers/${c.officerId}`,
        due: c.validTo,
        howComputed: `证件有效期至${c.validTo}，自${from}起（到期前${CERTIFICATE_NOTICE_DAYS}日）提醒`,
        warnWithinWorkingDays: 10,
      },
      context,
    );
  });
}
