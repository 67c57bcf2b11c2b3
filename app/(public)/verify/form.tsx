'use client';

import { useActionState, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { messages } from '@/lib/i18n/messages';
import type { PublicActionState } from '@/lib/public-action';
import type { DocumentCheck } from '@/lib/queries/enforcement/documents';
import { verifyDocumentAction } from './actions';

const t = messages.documents.verify;
const f = messages.documents.fields;
const initial: PublicActionState<DocumentCheck> = { ok: false };

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function VerifyForm({ code }: { code: string }) {
  const [state, dispatch] = useActionState(verifyDocumentAction, initial);
  const [hash, setHash] = useState('');
  const [hashing, setHashing] = useState(false);
  const result = state.ok ? state.data : undefined;
  return (
    <div className="space-y-6">
      <form action={dispatch} className="space-y-4" noValidate aria-label={t.title}>
        <Field name="verifyCode" label={f.verifyCode} autoComplete="off" spellCheck={false} defaultValue={code} errors={state.fieldErrors?.verifyCode} />
        <div>
          <label htmlFor="document-file" className="block font-medium">
            {t.file}
          </label>
          <input
            id="document-file"
            type="file"
            accept="application/pdf,.pdf"
            aria-describedby="document-file-hint"
            className="mt-1 block w-full text-base"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return;
              setHashing(true);
              setHash(await sha256Hex(file));
              setHashing(false);
            }}
          />
          <p id="document-file-hint" className="text-sm text-stone-600">
            {hashing ? t.hashing : t.fileHint}
          </p>
        </div>
        <div>
          <label htmlFor="documentSha256" className="block font-medium">
            {f.documentSha256}
          </label>
          <input
            id="documentSha256"
            name="documentSha256"
            value={hash}
            onChange={(event) => setHash(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 font-mono text-sm"
            aria-invalid={state.fieldErrors?.documentSha256 ? true : undefined}
          />
          {state.fieldErrors?.documentSha256 ? <p className="text-sm text-red-700">{state.fieldErrors.documentSha256.join('；')}</p> : null}
        </div>
        <SubmitButton>{t.submit}</SubmitButton>
      </form>
      <FormMessage state={state} />
      {result ? <VerifyResult result={result} /> : null}
    </div>
  );
}

function VerifyResult({ result }: { result: DocumentCheck }) {
  const tone =
    result.status === 'MATCH'
      ? 'border-green-300 bg-green-50 text-green-900'
      : result.status === 'FOUND'
        ? 'border-stone-300 bg-stone-50'
        : 'border-red-300 bg-red-50 text-red-900';
  const headline = { MATCH: t.match, MISMATCH: t.mismatch, FOUND: t.found, UNKNOWN: t.unknown }[result.status];
  return (
    <section aria-live="polite" className={`space-y-3 rounded-md border p-4 ${tone}`} data-testid="verify-result" data-status={result.status}>
      <p className="font-semibold">{headline}</p>
      {result.status !== 'UNKNOWN' ? (
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
          {[
            [t.number, result.document.number],
            [t.kind, result.document.label],
            [t.organ, result.document.organ],
            [t.issuedOn, result.document.issuedOn],
            [t.sha256, result.document.sha256],
          ].map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
