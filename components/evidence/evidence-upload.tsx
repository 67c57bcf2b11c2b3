'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { messages } from '@/lib/i18n/messages';
import { formatShanghaiDateTime } from './format';

const t = messages.evidence;
const f = t.fields;
const KINDS = ['VIDEO', 'AUDIO', 'PHOTO', 'DOCUMENT'] as const;

type Result = { ok: boolean; message?: string; sha256?: string; warning?: string | null };

/**
 * Streams the file as the request body (no multipart, no server action: recorder videos are hundreds
 * of MB) with XMLHttpRequest so the browser reports upload progress; the metadata travels as query
 * parameters. Shows the SHA-256 the server computed when done.
 */
export function EvidenceUpload(props: {
  caseId: string;
  officers: { id: string; name: string }[];
  devices: { id: string; code: string; model: string; loanedTo: string | null }[];
  maxMegabytes: number;
}) {
  const router = useRouter();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [defaultTime] = useState(() => formatShanghaiDateTime(new Date()).replace(' ', 'T'));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setResult({ ok: false, message: t.upload.missing });
      return;
    }
    const captured = String(data.get('capturedAt') ?? '');
    const query = new URLSearchParams({
      kind: String(data.get('kind') ?? ''),
      officerId: String(data.get('officerId') ?? ''),
      capturedAt: captured ? `${captured.length === 16 ? `${captured}:00` : captured}+08:00` : '',
      fileName: file.name,
    });
    const deviceId = String(data.get('deviceId') ?? '');
    if (deviceId) query.set('deviceId', deviceId);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${encodeURIComponent(props.caseId)}/evidence?${query}`);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      setProgress(null);
      let body: Result;
      try {
        body = JSON.parse(xhr.responseText) as Result;
      } catch {
        body = { ok: false, message: messages.errors.internal };
      }
      setResult(body);
      if (body.ok) {
        form.reset();
        router.refresh();
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setResult({ ok: false, message: t.upload.networkError });
    };
    setResult(null);
    setProgress(0);
    xhr.send(file);
  }

  const busy = progress !== null;
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4" data-testid="evidence-upload">
      <h3 className="font-medium">{t.upload.title}</h3>
      <p className="text-xs text-stone-600">{t.upload.hint(`${props.maxMegabytes}MB`)}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{f.kind}</span>
          <select name="kind" required className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5">
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{f.officerId}</span>
          <select name="officerId" required className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5">
            {props.officers.map((officer) => (
              <option key={officer.id} value={officer.id}>
                {officer.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{f.deviceId}</span>
          <select name="deviceId" className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5">
            <option value="">{t.upload.noDevice}</option>
            {props.devices.map((device) => (
              <option key={device.id} value={device.id}>
                {device.code}（{device.model}）
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{f.capturedAt}</span>
          <input
            name="capturedAt"
            type="datetime-local"
            required
            defaultValue={defaultTime}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5"
          />
        </label>
      </div>
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-stone-800">
          {f.file}
        </label>
        <input id={`${id}-file`} name="file" type="file" required className="mt-1 block text-sm" accept=".mp4,.m4v,.mov,.mp3,.wav,.m4a,.jpg,.jpeg,.png,.pdf,.docx,.xlsx" />
      </div>
      <button
        type="submit"
        disabled={busy}
        className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
      >
        {busy ? t.upload.uploading : t.upload.submit}
      </button>
      {busy ? (
        <div className="space-y-1">
          <progress max={100} value={progress} className="w-full" aria-label={t.upload.uploading} />
          <p className="text-xs text-stone-600" aria-live="polite">
            {t.upload.progress(progress)}
          </p>
        </div>
      ) : null}
      {result?.message ? (
        <div
          role={result.ok ? 'status' : 'alert'}
          className={`rounded-md border px-3 py-2 text-sm ${result.ok ? 'border-green-300 bg-green-50 text-green-800' : 'border-red-300 bg-red-50 text-red-800'}`}
        >
          <p>{result.message}</p>
          {result.ok && result.sha256 ? (
            <p className="mt-1">
              {t.upload.done}
              <span className="font-mono text-xs break-all" data-testid="uploaded-sha256">
                {result.sha256}
              </span>
            </p>
          ) : null}
          {result.warning ? <p className="mt-1 text-amber-800">{result.warning}</p> : null}
        </div>
      ) : null}
    </form>
  );
}
