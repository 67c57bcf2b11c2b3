'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { acceptReportAction, closeReportAction } from './actions';

const t = messages.publicRequests;

export function AcceptReportForm({ reportId, illegalOrg }: { reportId: string; illegalOrg: boolean }) {
  const [state, dispatch] = useActionState(acceptReportAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const links = Object.entries(t.inbox.links)
    .filter(([value]) => illegalOrg || value !== 'WATCHLIST')
    .map(([value, label]) => ({ value, label }));
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate aria-label={t.inbox.accept}>
      <input type="hidden" name="reportId" value={reportId} />
      <Field name="on" id={`accept-on-${reportId}`} type="date" label="受理日期" errors={e.on} />
      <SelectField name="link" id={`link-${reportId}`} label={t.reportFields.link} options={links} errors={e.link} />
      <Field name="caseNumber" id={`case-${reportId}`} label={t.reportFields.caseNumber} errors={e.caseNumber} />
      <SubmitButton variant="secondary">{t.inbox.accept}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function CloseReportForm({ reportId }: { reportId: string }) {
  const [state, dispatch] = useActionState(closeReportAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate aria-label={t.inbox.close}>
      <input type="hidden" name="reportId" value={reportId} />
      <Field name="on" id={`close-on-${reportId}`} type="date" label="办结日期" errors={e.on} />
      <div className="min-w-72 flex-1">
        <Field name="answer" id={`answer-${reportId}`} label={t.reportFields.answer} errors={e.answer} />
      </div>
      <SubmitButton variant="secondary">{t.inbox.close}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
