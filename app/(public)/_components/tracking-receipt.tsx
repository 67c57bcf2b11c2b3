import { messages } from '@/lib/i18n/messages';

const t = messages.publicRequests.apply;

/** What a visitor sees once a request or a report is taken: the tracking code, shown this once. */
export function TrackingReceipt({ done, code }: { done: string; code: string }) {
  return (
    <div role="status" className="space-y-3">
      <p className="text-lg font-semibold text-green-800">{done}</p>
      <p>
        {t.codeLabel}：
        <strong className="font-mono text-2xl tracking-wider" data-testid="tracking-code">
          {code}
        </strong>
      </p>
      <p className="text-stone-700">{t.codeHint}</p>
      <p>
        <a className="underline underline-offset-4" href="/track">
          {t.trackLink}
        </a>
      </p>
    </div>
  );
}
