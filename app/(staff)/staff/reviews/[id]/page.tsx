import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { getReviewDetail } from '@/lib/queries/review/get-review-detail';
import { BlockerList } from '../_components/blocker-list';
import { DeadlineBadge } from '../_components/deadline-badge';
import { ReviewContentDiffView, ReviewContentView } from '../_components/review-content';
import { ReviewRounds } from '../_components/review-rounds';
import { DecideReviewForm, ExtendReviewForm, ExternalOpinionForm } from '../review-forms';

export const metadata: Metadata = { title: messages.review.detailTitle };

const text = messages.review;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/reviews/${id}`, permission: 'review.decide' });
  const detail = await getReviewDetail(getDb(), { reviewId: id, viewerId: actor.id });
  if (!detail) notFound();
  const { review, subject } = detail;
  const pending = review.status === 'PENDING';
  const stale = subject !== null && subject.contentHash !== review.contentHash;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/staff/reviews" className="text-sm text-brand-700 hover:underline">
          ← {text.backToQueue}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {text.detailTitle}：{review.title}
        <span className="ml-2 align-middle text-base font-normal text-stone-600">
          {text.labels.round(review.round)} · {text.statuses[review.status]}
        </span>
      </h1>

      <section aria-labelledby="subject-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="subject-heading" className="mb-3 text-lg font-semibold">
          {text.labels.subject}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-stone-600">{text.columns.subjectType}</dt>
          <dd>{text.subjectTypes[review.subjectType]}</dd>
          <dt className="text-stone-600">{text.columns.title}</dt>
          <dd>{review.title}</dd>
          <dt className="text-stone-600">{text.labels.submitter}</dt>
          <dd>
            {review.submitterName} · {timeFormat.format(review.submittedAt)}
          </dd>
          <dt className="text-stone-600">{text.labels.due}</dt>
          <dd>
            <span className="font-medium">{review.dueOn}</span>
            {review.deadline ? (
              <span className="ml-2">
                <DeadlineBadge deadline={review.deadline} />
              </span>
            ) : null}
            <span className="block text-xs text-stone-600">
              {text.labels.dueHow}：{review.dueExplanation}
            </span>
            {review.extensionReason ? <span className="block text-xs text-stone-600">{text.labels.extended(review.extendedDays, review.extensionReason)}</span> : null}
          </dd>
          <dt className="text-stone-600">{text.labels.reviewedHash}</dt>
          <dd>
            <code className="break-all text-xs">{review.contentHash}</code>
          </dd>
          <dt className="text-stone-600">{text.labels.currentHash}</dt>
          <dd>
            {subject ? <code className="break-all text-xs">{subject.contentHash}</code> : text.labels.subjectGone}
            {subject ? <span className={`block text-xs ${stale ? 'text-red-700' : 'text-stone-600'}`}>{stale ? text.labels.hashChanged : text.labels.hashSame}</span> : null}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="content-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="content-heading" className="mb-3 text-lg font-semibold">
          {text.content.heading}
        </h2>
        {detail.content ? <ReviewContentView reviewId={review.id} content={detail.content} /> : <p className="text-sm text-stone-600">{text.content.missing}</p>}
      </section>

      {review.round > 1 ? (
        <section aria-labelledby="diff-heading" className="rounded-lg bg-white p-5 shadow-sm" data-testid="review-diff">
          <h2 id="diff-heading" className="mb-3 text-lg font-semibold">
            {text.diff.heading(review.round - 1)}
          </h2>
          {detail.diff ? <ReviewContentDiffView diff={detail.diff.changes} /> : <p className="text-sm text-stone-600">{text.diff.unavailable}</p>}
        </section>
      ) : null}

      {pending ? (
        <section aria-labelledby="decide-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="decide-heading" className="mb-3 text-lg font-semibold">
            {text.form.decideHeading}
          </h2>
          <BlockerList id="decide-blockers" title={text.form.blockedTitle} blockers={detail.decideBlockers} />
          <div className="mt-4">
            <DecideReviewForm reviewId={review.id} checklist={review.checklist} blocked={detail.decideBlockers.length > 0} blockersId="decide-blockers" />
          </div>
        </section>
      ) : (
        <section aria-labelledby="decided-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="decided-heading" className="mb-3 text-lg font-semibold">
            {text.labels.history}
          </h2>
          <ReviewRounds rounds={[review]} emptyText={text.labels.noHistory} />
        </section>
      )}

      {pending ? (
        <section aria-labelledby="extend-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="extend-heading" className="mb-2 text-lg font-semibold">
            {text.form.extendHeading}
          </h2>
          <p className="mb-3 text-sm text-stone-600">{text.form.extendHint(detail.extensionDays)}</p>
          <BlockerList id="extend-blockers" title={text.form.extendBlockedTitle} blockers={detail.extendBlockers} />
          <div className="mt-3">
            <ExtendReviewForm reviewId={review.id} blocked={detail.extendBlockers.length > 0} blockersId="extend-blockers" />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="external-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="external-heading" className="mb-2 text-lg font-semibold">
          {text.labels.externalOpinions}
        </h2>
        {review.externalOpinions.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noExternalOpinions}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {review.externalOpinions.map((opinion) => (
              <li key={opinion.id}>
                {text.labels.externalOpinion(opinion.issuingBody, opinion.documentNumber, opinion.issuedOn)}：{opinion.summary}
                {opinion.attachmentId ? (
                  <>
                    {' '}
                    <a href={`/staff/reviews/opinions/${opinion.id}/file`} className="text-brand-700 underline">
                      {text.form.downloadFile(opinion.documentNumber)}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {review.status !== 'SUPERSEDED' ? (
          <div className="mt-4 border-t pt-4">
            <h3 className="mb-1 font-semibold">{text.form.externalHeading}</h3>
            <p className="mb-3 text-sm text-stone-600">{text.form.externalHint}</p>
            <ExternalOpinionForm reviewId={review.id} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="earlier-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="earlier-heading" className="mb-3 text-lg font-semibold">
          {text.labels.earlierRounds}
        </h2>
        <ReviewRounds rounds={detail.earlierRounds} emptyText={text.labels.noEarlierRounds} />
      </section>
    </div>
  );
}
