'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { initialActionState } from '@/lib/action-state';
import { PROCEDURE_NAMES, type RecordedProcedureKind } from '@/lib/domain/major-decision/procedures';
import { messages } from '@/lib/i18n/messages';
import { GuardedSubmit, TextAreaField, keepFieldsOnSubmit } from '../../reviews/_components/form-kit';
import { recordDecisionProcedureAction } from '../actions';

const text = messages.legalAffairs.matters.procedures;

/** Records one procedure of a major decision (those still missing, or the evaluation after it). */
export function ProcedureForm({ decisionId, kinds, collectives }: { decisionId: string; kinds: RecordedProcedureKind[]; collectives: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(recordDecisionProcedureAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="grid gap-3 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="decisionId" value={decisionId} />
      <div className="space-y-1">
        <label htmlFor="procedure-kind" className="block text-sm font-medium text-stone-800">
          {text.kind}
        </label>
        <select id="procedure-kind" name="kind" className="w-full rounded-md border border-stone-300 px-3 py-2">
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {PROCEDURE_NAMES[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="procedure-collective" className="block text-sm font-medium text-stone-800">
          {text.collective}
        </label>
        <select id="procedure-collective" name="collectiveDecisionId" className="w-full rounded-md border border-stone-300 px-3 py-2">
          <option value="">{text.noCollective}</option>
          {collectives.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <Field id="procedure-heldFrom" name="heldFrom" type="date" label={text.heldFrom} errors={errors.heldFrom} />
      <Field id="procedure-heldTo" name="heldTo" type="date" label={text.heldTo} errors={errors.heldTo} />
      <div className="md:col-span-2">
        <TextAreaField id="procedure-summary" name="summary" label={text.summary} rows={3} errors={errors.summary} />
      </div>
      <div className="md:col-span-2">
        <TextAreaField id="procedure-exemption" name="exemptionReason" label={text.exemptionReason} rows={2} errors={errors.exemptionReason} />
      </div>
      <div className="md:col-span-2">
        <GuardedSubmit pending={pending} variant="secondary">
          {text.submit}
        </GuardedSubmit>
      </div>
    </form>
  );
}
