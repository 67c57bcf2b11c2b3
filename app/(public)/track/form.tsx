'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { messages } from '@/lib/i18n/messages';
import type { PublicActionState } from '@/lib/public-action';
import type { ReportTrackView } from '@/lib/queries/public-reports/reports';
import type { TrackView } from '@/lib/queries/requests/track-request';
import { trackAction } from './actions';

const t = messages.publicRequests;
const initial: PublicActionState<{ code: string; view?: TrackView; report?: ReportTrackView }> = { ok: false };

export function TrackForm() {
  const [state, dispatch] = useActionState(trackAction, initial);
  const found = state.ok ? state.data : undefined;
  return (
    <div className="space-y-6">
      <form action={dispatch} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-64 flex-1">
          <Field name="code" label={t.fields.code} autoComplete="off" spellCheck={false} required defaultValue={found?.code ?? ''} errors={state.fieldErrors?.code} />
        </div>
        <SubmitButton>{t.track.submit}</SubmitButton>
      </form>
      <FormMessage state={state} />
      {found?.view ? <TrackResult code={found.code} view={found.view} /> : null}
      {found?.report ? <ReportResult report={found.report} /> : null}
    </div>
  );
}

function TrackResult({ code, view }: { code: string; view: TrackView }) {
  const rows: [string, string][] = [
    [t.track.receivedOn, view.receivedOn],
    [t.track.subject, view.subject],
    [t.track.status, t.track.statuses[view.status]],
  ];
  if (view.dueOn) rows.push([t.track.dueOn, view.dueOn]);
  if (view.correctionNote) rows.push([t.track.correctionNote, view.correctionNote]);
  if (view.extensionReason) rows.push([t.track.extensionReason, view.extensionReason]);
  if (view.outcome) rows.push([t.track.outcome, messages.dashboard.requests.outcomes[view.outcome]]);
  if (view.withholdingReason) rows.push([t.fields.withholdingReason, t.withholdingReasons[view.withholdingReason]]);
  if (view.outcomeReason) rows.push([t.track.reason, view.outcomeReason]);
  if (view.answeredOn) rows.push([t.track.answeredOn, view.answeredOn]);
  return (
    <section aria-labelledby="track-result" className="space-y-4" data-testid="track-result">
      <h2 id="track-result" className="text-xl font-bold text-brand-800">
        {t.track.status}：{t.track.statuses[view.status]}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-stone-700">{label}</dt>
            <dd className="break-words text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
      {view.status === 'ANSWERED' ? (
        <div>
          <h3 className="font-semibold">{t.track.files}</h3>
          {view.files.length === 0 ? (
            <p className="text-stone-700">{t.track.noFiles}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {view.files.map((file) => (
                <li key={file.id}>
                  <form method="post" action="/track/file" className="flex flex-wrap items-center gap-3">
                    <input type="hidden" name="code" value={code} />
                    <input type="hidden" name="fileId" value={file.id} />
                    <span>{file.fileName}</span>
                    <button
                      type="submit"
                      className="rounded-md border border-stone-300 bg-white px-3 py-1 text-base hover:bg-stone-100"
                      aria-label={`${t.track.download}：${file.fileName}`}
                    >
                      {t.track.download}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}

function ReportResult({ report }: { report: ReportTrackView }) {
  const r = t.report;
  const rows: [string, string][] = [
    [r.kind, r.kinds[report.kind]],
    [t.track.receivedOn, report.receivedOn],
    [t.track.status, r.statuses[report.status]],
  ];
  if (report.closedOn) rows.push([r.closedOn, report.closedOn]);
  if (report.answer) rows.push([r.answer, report.answer]);
  return (
    <section aria-labelledby="track-result" className="space-y-4" data-testid="track-result">
      <h2 id="track-result" className="text-xl font-bold text-brand-800">
        {t.track.status}：{r.statuses[report.status]}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-stone-700">{label}</dt>
            <dd className="break-words text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
