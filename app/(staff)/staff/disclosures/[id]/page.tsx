import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { CATEGORY_NAMES } from '@/lib/domain/disclosure/categories';
import { disclosureActorOf, publisherBlockers, reviewSubmitterBlockers, secrecyCheckerBlockers } from '@/lib/domain/disclosure/separation';
import { messages } from '@/lib/i18n/messages';
import { getDisclosureDetail } from '@/lib/queries/disclosure/get-disclosure-detail';
import { AttachmentsSection } from '../_components/attachments-section';
import { BlockerList } from '../_components/blocker-list';
import { ContentForm } from '../_components/content-form';
import { formatDateTime } from '../_components/format';
import { ReviewRounds } from '@/app/(staff)/staff/reviews/_components/review-rounds';
import { StatusBadge } from '../_components/status-badge';
import { PublishForm, SecrecyCheckForm, SubmitForReviewForm, WithdrawForm } from '../_components/workflow-forms';
import { isoOfDateColumnOrNull } from '@/lib/domain/calendar/date-column';

const text = messages.disclosure;
export const metadata: Metadata = { title: text.detailTitle };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function DisclosurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/disclosures/${id}`, permission: 'disclosure.secrecyCheck' });
  const d = await getDisclosureDetail(getDb(), id);
  if (!d) notFound();
  const editable = d.blockers.edit.length === 0 && can(actor.roles, 'disclosure.draft');
  const finished = d.status === 'PUBLISHED' || d.status === 'WITHDRAWN';
  // Who may check and send this item (《政府信息公开条例》第十七条): not its own author; its author or an editor.
  const viewer = disclosureActorOf(actor);
  const checkerBlockers = secrecyCheckerBlockers(d, viewer, d.separation);
  const publishBlockers = [...publisherBlockers(d, viewer), ...d.blockers.publish];
  const submitBlockers = [...reviewSubmitterBlockers(d, viewer), ...d.blockers.submit];
  return (
    <div className="space-y-6">
      <Link className="text-sm text-brand-700 underline" href="/staff/disclosures">
        {text.backToList}
      </Link>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{d.title}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm text-stone-700">
          <StatusBadge status={d.status} />
          <span>{CATEGORY_NAMES[d.category]}</span>
          <span>{d.gated ? text.labels.requiresReview : text.labels.noReviewNeeded}</span>
          <span>
            {text.labels.indexNumber}：{d.indexNumber ?? '—'}
          </span>
          <span>
            {text.labels.author}：{d.authorName}
          </span>
          {d.publishedAt ? (
            <span>
              {text.labels.publishedAt}：{formatDateTime(d.publishedAt)}
            </span>
          ) : null}
        </p>
        {d.timeliness ? (
          <p className="text-sm text-stone-700">
            {text.labels.due}：{d.timeliness.due}（{text.deadline[d.timeliness.deadline]}，{text.labels.remaining}
            {d.timeliness.remainingWorkingDays}）。{d.timeliness.explanation}
          </p>
        ) : null}
      </div>

      <Section id="content" title={text.sections.content}>
        {editable ? (
          <ContentForm
            id={d.id}
            updatedAt={d.updatedAt.toISOString()}
            values={{
              category: d.category,
              title: d.title,
              summary: d.summary,
              body: d.body,
              sourceDepartment: d.sourceDepartment,
              formedOn: d.formedOn,
              documentNumber: d.documentNumber ?? '',
              topic: d.topic ?? '',
              validFrom: isoOfDateColumnOrNull(d.validFrom) ?? '',
              validUntil: isoOfDateColumnOrNull(d.validUntil) ?? '',
            }}
          />
        ) : (
          <div className="space-y-2 text-sm">
            <BlockerList blockers={d.blockers.edit} />
            <p>
              {text.fields.sourceDepartment}：{d.sourceDepartment}　{text.fields.formedOn}：{d.formedOn}
              {d.documentNumber ? `　${text.fields.documentNumber}：${d.documentNumber}` : ''}
              {d.topic ? `　${text.fields.topic}：${d.topic}` : ''}
            </p>
            {d.summary ? <p className="text-stone-700">{d.summary}</p> : null}
            <div className="whitespace-pre-wrap rounded bg-stone-50 p-3">{d.body}</div>
          </div>
        )}
      </Section>

      <AttachmentsSection disclosure={d} canChange={editable} />

      <Section id="secrecy" title={text.sections.secrecy}>
        {d.secrecyCheckedAt ? (
          <p className="text-sm">
            {text.labels.secrecyCheckedBy}：{d.secrecyCheckedByName}，{text.labels.secrecyCheckedAt}：{formatDateTime(d.secrecyCheckedAt)}
            {d.secrecyNote ? `，${text.fields.note}：${d.secrecyNote}` : ''}
          </p>
        ) : null}
        {d.personalData.length > 0 && !finished ? (
          <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="personal-data-findings">
            <p className="font-medium">{text.labels.personalDataFound}</p>
            <ul className="mt-1 list-disc pl-5">
              {d.personalData.map((finding) => (
                <li key={finding}>{finding}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {d.blockers.secrecyCheck.length === 0 && can(actor.roles, 'disclosure.secrecyCheck') ? (
          checkerBlockers.length > 0 ? (
            <BlockerList id="secrecy-blockers" blockers={checkerBlockers} />
          ) : (
            <SecrecyCheckForm id={d.id} />
          )
        ) : null}
      </Section>

      {d.gated ? (
        <Section id="review" title={text.sections.review}>
          {!finished && can(actor.roles, 'review.submit') ? (
            <>
              <BlockerList id="submit-blockers" blockers={submitBlockers} />
              <SubmitForReviewForm id={d.id} blocked={submitBlockers.length > 0} blockersId="submit-blockers" />
            </>
          ) : null}
          <ReviewRounds rounds={d.reviews} emptyText={text.labels.noRounds} />
        </Section>
      ) : null}

      {!finished && can(actor.roles, 'disclosure.publish') ? (
        <Section id="publish" title={text.sections.publish}>
          <BlockerList blockers={publishBlockers} title={text.labels.blockersTitle} />
          <PublishForm id={d.id} />
        </Section>
      ) : null}

      {d.status === 'PUBLISHED' && can(actor.roles, 'disclosure.publish') ? (
        <Section id="withdraw" title={text.sections.withdraw}>
          <WithdrawForm id={d.id} askDecisionDate={d.category === 'ENFORCEMENT_PUBLICITY'} />
        </Section>
      ) : null}

      {d.status === 'WITHDRAWN' ? (
        <Section id="withdrawn" title={text.sections.withdraw}>
          <p className="text-sm">
            {text.labels.withdrawnAt}：{formatDateTime(d.withdrawnAt)}，{text.labels.withdrawalReason}：{d.withdrawalReason}
          </p>
          {d.withdrawal ? (
            <p className="text-sm text-stone-700">
              {text.labels.withdrawal}：{d.withdrawal.onTime ? text.withdrawalOnTime(d.withdrawal.due) : text.withdrawalLate(d.withdrawal.due)}
              {d.withdrawal.explanation}
            </p>
          ) : null}
        </Section>
      ) : null}
    </div>
  );
}
