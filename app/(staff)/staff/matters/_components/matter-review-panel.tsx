import { getDb } from '@/lib/db';
import { canConcludeMatter, type MatterKind, type MatterStatus } from '@/lib/domain/review/matter-status';
import { messages } from '@/lib/i18n/messages';
import { listReviewHistory } from '@/lib/queries/review/list-review-history';
import { loadDecisionProcedures, procedureRecords } from '@/lib/queries/matters/decision-procedures';
import { reviewSubmitState } from '@/lib/queries/review/submit-state';
import { ProcedurePanel } from './procedure-panel';
import { BlockerList } from '../../reviews/_components/blocker-list';
import { ReviewRounds } from '../../reviews/_components/review-rounds';
import { ConcludeForm, SubmitForReviewForm } from '../matter-forms';

const text = messages.legalAffairs.matters;

/** The review side of a decision or contract page: hash, 送法制审核, conclusion, every round. */
export async function MatterReviewPanel({ kind, id, status }: { kind: MatterKind; id: string; status: MatterStatus }) {
  const db = getDb();
  const subject = { subjectType: kind, subjectId: id };
  const [state, rounds] = await Promise.all([reviewSubmitState(db, subject), listReviewHistory(db, subject)]);
  if (!state) return null;
  const procedures = kind === 'MAJOR_ADMIN_DECISION' ? procedureRecords(await loadDecisionProcedures(db, id)) : undefined;
  const concludeBlockers = canConcludeMatter({ kind, status, approvedCurrent: state.approvedCurrent, ...(procedures ? { procedures } : {}) });
  return (
    <>
      <section aria-labelledby="review-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="review-heading" className="text-lg font-semibold">
          {text.sections.review}
        </h2>
        <p className="text-sm">
          {text.hints.hash}：<code className="break-all text-xs">{state.contentHash}</code>
        </p>
        <p className={`text-sm ${state.approvedCurrent ? 'text-green-800' : 'text-stone-600'}`}>
          {state.approvedCurrent ? text.hints.approvedCurrent : text.hints.notApprovedCurrent}
        </p>
        <BlockerList id="submit-blockers" title={text.blockedSubmit} blockers={state.submitBlockers} />
        <SubmitForReviewForm subjectType={kind} subjectId={id} blocked={state.submitBlockers.length > 0} blockersId="submit-blockers" />
      </section>
      {kind === 'MAJOR_ADMIN_DECISION' ? <ProcedurePanel decisionId={id} status={status} legalityApproved={state.approvedCurrent} /> : null}
      <section aria-labelledby="conclude-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="conclude-heading" className="text-lg font-semibold">
          {text.sections.conclude}
        </h2>
        <BlockerList id="conclude-blockers" title={text.blockedConclude} blockers={concludeBlockers} />
        <ConcludeForm kind={kind} id={id} blocked={concludeBlockers.length > 0} blockersId="conclude-blockers" />
      </section>
      <section aria-labelledby="history-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">
          {text.sections.history}
        </h2>
        <ReviewRounds rounds={rounds} emptyText={messages.review.labels.noHistory} />
      </section>
    </>
  );
}
