'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import type { ActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';

const text = messages.disclosure;

// Posts the file to the upload route handler (which streams it to storage) and refreshes the page.
export function AttachmentUpload({ disclosureId }: { disclosureId: string }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState>({ ok: false });
  const [pending, setPending] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    try {
      const response = await fetch(`/staff/disclosures/${disclosureId}/attachments`, { method: 'POST', body: new FormData(form) });
      const result = (await response.json().catch(() => ({ ok: false, message: messages.errors.internal }))) as ActionState;
      setState(result);
      if (result.ok) {
        form.reset();
        router.refresh();
      }
    } catch {
      setState({ ok: false, message: messages.errors.internal });
    } finally {
      setPending(false);
    }
  }
  return (
    <form onSubmit={onSubmit} className="space-y-2" encType="multipart/form-data">
      <label htmlFor="attachment-file" className="block text-sm font-medium text-stone-800">
        {text.fields.file}
      </label>
      <input id="attachment-file" name="file" type="file" accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg" className="block text-sm" />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
      >
        {pending ? text.list.pending : text.buttons.upload}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
