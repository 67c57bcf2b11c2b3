import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listInformationRequests } from '@/lib/queries/leadership/get-register';
import { AnswerRequestForm, RecordRequestForm } from './forms';

const t = messages.dashboard.requests;
export const metadata: Metadata = { title: t.title };

export default async function RequestsPage() {
  await requireStaffPage({ path: '/staff/requests', permission: 'requests.record' });
  const requests = await listInformationRequests(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.intro}</p>
      <section aria-labelledby="new-request" className="space-y-2 rounded-md border border-stone-200 bg-white p-3">
        <h2 id="new-request" className="font-semibold">{t.received}</h2>
        <RecordRequestForm />
      </section>
      <section aria-labelledby="request-list" className="space-y-2">
        <h2 id="request-list" className="text-xl font-semibold">{t.list}（{requests.length}）</h2>
        {requests.length === 0 ? <p className="text-sm text-stone-700">{t.none}</p> : (
          <ul className="space-y-2 text-sm">
            {requests.map((r) => (
              <li key={r.id} id={`request-${r.id}`} className="rounded-md border border-stone-200 bg-white p-3">
                <p className="font-medium">{r.receivedOn} · {t.applicantKinds[r.applicantKind]} · {r.subject}</p>
                {r.outcome === 'PENDING' ? <AnswerRequestForm requestId={r.id} /> : (
                  <p>{t.outcomes[r.outcome]}（{r.answeredOn}）{r.outcomeReason ? `：${r.outcomeReason}` : ''}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
