import type { ReviewRoundView } from '@/lib/queries/review/list-review-history';
import { messages } from '@/lib/i18n/messages';

const text = messages.review;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

/** Every round of a subject, as kept on record: outcome, reviewer, checkpoints, opinions. */
export function ReviewRounds({ rounds, emptyText, headingLevel = 3 }: { rounds: readonly ReviewRoundView[]; emptyText: string; headingLevel?: 2 | 3 }) {
  if (rounds.length === 0) return <p className="text-sm text-stone-600">{emptyText}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="space-y-4">
      {rounds.map((round) => (
        <li key={round.id} className="rounded-md border border-stone-200 p-4" data-testid={`review-round-${round.round}`}>
          <Heading className="font-semibold">
            {text.labels.round(round.round)} · {text.statuses[round.status]}
          </Heading>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-stone-600">{text.labels.submitter}</dt>
            <dd>
              {round.submitterName} · {timeFormat.format(round.submittedAt)}
            </dd>
            <dt className="text-stone-600">{text.labels.due}</dt>
            <dd>
              {round.dueOn}（{round.dueExplanation}）
            </dd>
            {round.extensionReason ? (
              <>
                <dt className="text-stone-600">{text.form.extendHeading}</dt>
                <dd>{text.labels.extended(round.extendedDays, round.extensionReason)}</dd>
              </>
            ) : null}
            {round.reviewerName ? (
              <>
                <dt className="text-stone-600">{text.labels.reviewer}</dt>
                <dd>
                  {round.reviewerName}
                  {round.decidedAt ? ` · ${timeFormat.format(round.decidedAt)}` : ''}
                </dd>
              </>
            ) : null}
            <dt className="text-stone-600">{text.labels.opinion}</dt>
            <dd className="whitespace-pre-wrap">{round.opinion ?? text.labels.noOpinion}</dd>
            <dt className="text-stone-600">{text.labels.reviewedHash}</dt>
            <dd>
              <code className="break-all text-xs">{round.contentHash}</code>
            </dd>
          </dl>
          {round.checkpoints.length > 0 ? (
            <table className="mt-3 w-full text-left text-sm">
              <caption className="sr-only">{text.labels.checkpoints}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="py-1 pr-2">
                    {text.labels.checkpoints}
                  </th>
                  <th scope="col" className="pr-2">
                    {text.form.passedLegend}
                  </th>
                  <th scope="col">{text.labels.opinion}</th>
                </tr>
              </thead>
              <tbody>
                {round.checkpoints.map((checkpoint) => (
                  <tr key={checkpoint.key} className="border-b align-top">
                    <th scope="row" className="py-1 pr-2 font-normal">
                      {checkpoint.label}
                    </th>
                    <td className={`pr-2 ${checkpoint.passed ? 'text-green-800' : 'text-red-700'}`}>{checkpoint.passed ? text.labels.passed : text.labels.notPassed}</td>
                    <td className="whitespace-pre-wrap">{checkpoint.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {round.externalOpinions.length > 0 ? (
            <div className="mt-3 text-sm">
              <p className="font-medium">{text.labels.externalOpinions}</p>
              <ul className="list-disc pl-5">
                {round.externalOpinions.map((opinion) => (
                  <li key={opinion.id}>
                    {text.labels.externalOpinion(opinion.issuingBody, opinion.documentNumber, opinion.issuedOn)}：{opinion.summary}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
