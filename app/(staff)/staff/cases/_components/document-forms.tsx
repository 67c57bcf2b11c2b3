'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { generateDocumentAction } from '../actions';

const t = messages.documents.panel;

/** One button: generate this document for this party. The confirmation (or refusal) shows beside it. */
export function GenerateDocumentForm({ caseId, docType, partyId, partyName, label }: { caseId: string; docType: string; partyId: string; partyName: string; label: string }) {
  const [state, action] = useActionState(generateDocumentAction, initialActionState);
  return (
    <form action={action} className="space-y-2" aria-label={`${t.generate}：${label}（${partyName}）`} data-testid={`generate-${docType}`}>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="docType" value={docType} />
      <input type="hidden" name="docPartyId" value={partyId} />
      <SubmitButton variant="secondary">{`${t.generate}（${partyName}）`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
