import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listReviewQueue } from '@/lib/queries/review/list-review-queue';
import { DeadlineBadge } from './_components/deadline-badge';

export const metadata: Metadata = { title: messages.review.queueTitle };

const text = messages.review;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
const NOTICES = { decided: text.notices.decided } as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  await requireStaffPage({ path: '/staff/reviews', permission: 'review.decide' });
  const { notice } = await searchParams;
  const noticeText = typeof notice === 'string' && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  const queue = await listReviewQueue(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.queueTitle}</h1>
      {noticeText ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">{noticeText}</p>
      ) : null}
      <section aria-labelledby="queue-heading" className="overflow-x-auto rounded-lg bg-white p-5 shadow-sm">
        <h2 id="queue-heading" className="mb-4 text-lg font-semibold">{text.queueHeading}（{queue.length}）</h2>
        {queue.length === 0 ? (
          <p className="text-stone-600">{text.queueEmpty}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{text.queueCaption}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 pr-3">{text.columns.subjectType}</th>
                <th scope="col" className="pr-3">{text.columns.title}</th>
                <th scope="col" className="pr-3">{text.columns.submitter}</th>
                <th scope="col" className="pr-3">{text.columns.due}</th>
                <th scope="col">{text.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((item) => (
                <tr key={item.id} className="border-b align-top" data-testid={`review-${item.id}`}>
                  <td className="py-3 pr-3 whitespace-nowrap">{text.subjectTypes[item.subjectType]}</td>
                  <td className="pr-3">
                    <Link href={`/staff/reviews/${item.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {item.title}
                    </Link>
                    {item.round > 1 ? <span className="ml-2 text-xs text-stone-600">{text.labels.round(item.round)}</span> : null}
                  </td>
                  <td className="pr-3 whitespace-nowrap">
                    {item.submitterName}
                    <span className="block text-xs text-stone-600">{timeFormat.format(item.submittedAt)}</span>
                  </td>
                  <td className="pr-3">
                    <span className="font-medium">{item.dueOn}</span>
                    <span className="block text-xs text-stone-600">{item.dueExplanation}</span>
                  </td>
                  <td>{item.deadline ? <DeadlineBadge deadline={item.deadline} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
