import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listMyDecisions } from '@/lib/queries/review/list-my-decisions';
import { listReviewQueue } from '@/lib/queries/review/list-review-queue';
import { DeadlineBadge } from './_components/deadline-badge';

export const metadata: Metadata = { title: messages.review.queueTitle };

const text = messages.review;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
const NOTICES = { decided: text.notices.decided } as const;

type QueueItem = Awaited<ReturnType<typeof listReviewQueue>>[number];

function QueueTable({ id, title, caption, items, empty }: { id: string; title: string; caption: string; items: readonly QueueItem[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="overflow-x-auto rounded-lg bg-white p-5 shadow-sm">
      <h2 id={id} className="mb-4 text-lg font-semibold">
        {title}（{items.length}）
      </h2>
      {items.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2 pr-3">
                {text.columns.subjectType}
              </th>
              <th scope="col" className="pr-3">
                {text.columns.title}
              </th>
              <th scope="col" className="pr-3">
                {text.columns.submitter}
              </th>
              <th scope="col" className="pr-3">
                {text.columns.due}
              </th>
              <th scope="col">{text.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
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
  );
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const actor = await requireStaffPage({ path: '/staff/reviews', permission: 'review.decide' });
  const { notice } = await searchParams;
  const noticeText = typeof notice === 'string' && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  const [queue, mine] = await Promise.all([listReviewQueue(getDb()), listMyDecisions(getDb(), { reviewerId: actor.id })]);
  const overdue = queue.filter((item) => item.deadline?.status === 'overdue');
  const dueSoon = queue.filter((item) => item.deadline?.status === 'due-soon');
  const rest = queue.filter((item) => item.deadline?.status !== 'overdue' && item.deadline?.status !== 'due-soon');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.queueTitle}</h1>
      {noticeText ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {noticeText}
        </p>
      ) : null}
      <p className="text-sm text-stone-700" data-testid="queue-summary">
        {text.queue.summary(queue.length, dueSoon.length, overdue.length)}
      </p>
      <QueueTable id="overdue-heading" title={text.queue.overdue} caption={text.queue.overdueCaption} items={overdue} empty={text.queue.noneOverdue} />
      <QueueTable id="due-soon-heading" title={text.queue.dueSoon} caption={text.queue.dueSoonCaption} items={dueSoon} empty={text.queue.noneDueSoon} />
      <QueueTable id="queue-heading" title={text.queueHeading} caption={text.queueCaption} items={rest} empty={text.queueEmpty} />
      <section aria-labelledby="mine-heading" className="overflow-x-auto rounded-lg bg-white p-5 shadow-sm">
        <h2 id="mine-heading" className="mb-4 text-lg font-semibold">
          {text.queue.mine}（{mine.length}）
        </h2>
        {mine.length === 0 ? (
          <p className="text-stone-600">{text.queue.noneMine}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{text.queue.mineCaption}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 pr-3">
                  {text.columns.subjectType}
                </th>
                <th scope="col" className="pr-3">
                  {text.columns.title}
                </th>
                <th scope="col" className="pr-3">
                  {text.queue.outcome}
                </th>
                <th scope="col" className="pr-3">
                  {text.queue.decidedAt}
                </th>
                <th scope="col">{text.labels.opinion}</th>
              </tr>
            </thead>
            <tbody>
              {mine.map((item) => (
                <tr key={item.id} className="border-b align-top">
                  <td className="py-3 pr-3 whitespace-nowrap">{text.subjectTypes[item.subjectType]}</td>
                  <td className="pr-3">
                    <Link href={`/staff/reviews/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {item.title}
                    </Link>
                    <span className="ml-2 text-xs text-stone-600">{text.labels.round(item.round)}</span>
                  </td>
                  <td className="pr-3 whitespace-nowrap">
                    {text.statuses[item.status]}
                    {item.failedPoints > 0 ? <span className="block text-xs text-red-800">{text.queue.failedPoints(item.failedPoints)}</span> : null}
                  </td>
                  <td className="pr-3 whitespace-nowrap">{timeFormat.format(item.decidedAt)}</td>
                  <td className="break-words">{item.opinion ?? text.labels.noOpinion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
