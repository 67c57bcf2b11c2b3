'use client';

import { useState } from 'react';
import { SelectField, TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import type { ActionState } from '@/lib/action-state';
import { HANDOFF_KIND_LABELS, HANDOFF_KINDS, type HandoffKind } from '@/lib/domain/workbench/handoff';

type Receiver = { id: string; name: string };

// The case page's hand-off (报请决定 to the head, 提请听证 to the hearing host, 送法制审核 to a
// reviewer): the receiver finds it at once at the top of their home page.
export function HandOffForm(props: { caseId: string; receivers: Record<HandoffKind, Receiver[]>; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formRef, onSubmit, action, errors } = useKeptForm(props.action);
  const [kind, setKind] = useState<HandoffKind>('DECISION');
  const receivers = props.receivers[kind];
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm" aria-labelledby="handoff-heading">
      <h2 id="handoff-heading" className="font-semibold">
        移交办理
      </h2>
      <p className="mt-1 text-sm text-stone-600">报请局负责人决定、提请听证主持人组织听证或送法制审核；接收人的工作台上立即出现该事项。</p>
      <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-3 space-y-3" noValidate aria-label="移交办理">
        <FormMessage state={state} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <SelectField
          name="handoffKind"
          label="移交事项"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as HandoffKind)}
          options={HANDOFF_KINDS.map((k) => ({ value: k, label: HANDOFF_KIND_LABELS[k] }))}
          errors={errors.handoffKind}
        />
        <SelectField
          key={kind}
          name="receiverId"
          label="接收人"
          options={[{ value: '', label: receivers.length === 0 ? '（无可接收的人员）' : '请选择' }, ...receivers.map((r) => ({ value: r.id, label: r.name }))]}
          errors={errors.receiverId}
        />
        <TextAreaField name="handoffNote" label="说明（可选）" rows={2} maxLength={500} errors={errors.handoffNote} />
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50">
          {pending ? '处理中…' : '移交'}
        </button>
      </form>
    </section>
  );
}
