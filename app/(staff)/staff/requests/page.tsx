import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { listRequestRegister, type RegisterRow } from '@/lib/queries/requests/list-register';
import { AnswerRequestForm, ClockForms, RecordRequestForm } from './forms';

const t = messages.dashboard.requests;
const p = messages.publicRequests;
export const metadata: Metadata = { title: t.title };

// Staff only: the register carries the applicants' personal data.
export default async function RequestsPage() {
  const actor = await requireStaffPage({ path: '/staff/requests', permission: 'requests.view' });
  const canRecord = can(actor.roles, 'requests.record');
  const canExtend = can(actor.roles, 'requests.extend');
  const requests = await listRequestRegister(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.intro}</p>
      {canRecord ? (
        <section aria-labelledby="new-request" className="space-y-2 rounded-md border border-stone-200 bg-white p-3">
          <h2 id="new-request" className="font-semibold">
            {t.received}
          </h2>
          <RecordRequestForm />
        </section>
      ) : null}
      <section aria-labelledby="request-list" className="space-y-2">
        <h2 id="request-list" className="text-xl font-semibold">
          {t.list}（{requests.length}）
        </h2>
        {requests.length === 0 ? (
          <p className="text-sm text-stone-700">{t.none}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {requests.map((r) => (
              <RequestItem key={r.id} r={r} canRecord={canRecord} canExtend={canExtend} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RequestItem({ r, canRecord, canExtend }: { r: RegisterRow; canRecord: boolean; canExtend: boolean }) {
  const pending = r.outcome === 'PENDING';
  const awaitingCorrection = r.correctionRequestedOn !== null && r.correctionRepliedOn === null;
  const steps = {
    correction: r.correctionRequestedOn === null,
    reply: awaitingCorrection,
    consultation: r.consultationStartedOn === null && !awaitingCorrection,
    consultationEnd: r.consultationStartedOn !== null && r.consultationEndedOn === null,
  };
  return (
    <li id={`request-${r.id}`} className="space-y-2 rounded-md border border-stone-200 bg-white p-3" data-testid="request-item">
      <p className="font-medium">
        {r.receivedOn} · {t.applicantKinds[r.applicantKind]}
        {r.channel === 'ONLINE' ? ` · ${p.staff.online}` : ''} · {r.subject}
      </p>
      {r.applicant ? (
        <details>
          <summary>{p.staff.applicantDetails}</summary>
          <p>
            {r.applicant.name} · {r.applicant.idType ? p.idTypes[r.applicant.idType as keyof typeof p.idTypes] : ''} {r.applicant.idNumber} · {r.applicant.phone}
            {r.applicant.email ? ` · ${r.applicant.email}` : ''}
            {r.applicant.address ? ` · ${r.applicant.address}` : ''}
          </p>
          <p>
            {r.applicant.purpose ? `${p.fields.purpose}：${r.applicant.purpose} · ` : ''}
            {p.fields.preferredForm}：{p.preferredForms[r.applicant.preferredForm as keyof typeof p.preferredForms] ?? ''} · {p.fields.delivery}：
            {p.deliveries[r.applicant.delivery as keyof typeof p.deliveries] ?? ''}
          </p>
        </details>
      ) : null}
      {r.correctionRequestedOn ? (
        <p>
          {p.staff.requestCorrection}：{r.correctionRequestedOn}（{r.correctionNote}）{r.correctionRepliedOn ? `，${r.correctionRepliedOn}收到补正` : ''}
        </p>
      ) : null}
      {r.extensionDays !== null ? (
        <p>
          {p.staff.extend}：{r.extensionDays}个工作日，{r.extensionReason}（{r.extensionApprovedBy}）
        </p>
      ) : null}
      {r.clock ? (
        <div className="rounded border border-stone-200 bg-stone-50 p-2" data-testid="request-clock">
          <p className="font-semibold">
            {r.clock.state === 'RUNNING' ? `${p.staff.clock}：${r.clock.due}` : `${p.staff.clock}：${p.staff.paused}`}
            {r.deadline ? `（${r.deadline.status === 'overdue' ? '已逾期' : r.deadline.status === 'due-soon' ? '即将到期' : '正常'}）` : ''}
          </p>
          <p className="text-stone-700">{p.staff.howComputed}：</p>
          <ol className="list-decimal pl-5 text-stone-700">
            {r.clock.steps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {pending ? (
        <>
          <ClockForms requestId={r.id} steps={steps} canRecord={canRecord} canExtend={canExtend && r.extensionDays === null && r.clock?.state === 'RUNNING'} />
          {canRecord ? <AnswerRequestForm requestId={r.id} /> : null}
        </>
      ) : (
        <>
          <p>
            {t.outcomes[r.outcome]}（{r.answeredOn}）{r.withholdingReason ? `：${p.withholdingReasons[r.withholdingReason]}` : ''}
            {r.outcomeReason ? `：${r.outcomeReason}` : ''}
          </p>
          {r.files.length > 0 ? (
            <p>
              {p.staff.files}：{r.files.map((f) => f.fileName).join('、')}
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}
