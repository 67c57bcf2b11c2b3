import { getDb } from '@/lib/db';
import { DECISION_PROCEDURES, PROCEDURE_CITATIONS, PROCEDURE_NAMES, type RecordedProcedureKind } from '@/lib/domain/major-decision/procedures';
import type { MatterStatus } from '@/lib/domain/review/matter-status';
import { messages } from '@/lib/i18n/messages';
import { listCollectiveDecisionChoices, loadDecisionProcedures } from '@/lib/queries/matters/decision-procedures';
import { ProcedureForm } from './procedure-form';

const text = messages.legalAffairs.matters.procedures;

/** The five statutory procedures of a major decision: what is on record, and the form for the rest. */
export async function ProcedurePanel({ decisionId, status, legalityApproved }: { decisionId: string; status: MatterStatus; legalityApproved: boolean }) {
  const db = getDb();
  const [views, collectives] = await Promise.all([loadDecisionProcedures(db, decisionId), listCollectiveDecisionChoices(db)]);
  const byKind = new Map(views.map((view) => [view.kind, view]));
  const concluded = status === 'CONCLUDED';
  const open: RecordedProcedureKind[] = concluded
    ? byKind.has('POST_EVALUATION')
      ? []
      : ['POST_EVALUATION']
    : (['PUBLIC_PARTICIPATION', 'EXPERT_ARGUMENTATION', 'RISK_ASSESSMENT', 'COLLECTIVE_DISCUSSION'] as const).filter((kind) => !byKind.has(kind));
  const rows = [...DECISION_PROCEDURES, 'POST_EVALUATION' as const];
  return (
    <section aria-labelledby="procedures-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="procedures-heading" className="text-lg font-semibold">
        {text.heading}
      </h2>
      <p className="text-sm text-stone-600">{text.intro}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{text.caption}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2 pr-3">
                {text.procedure}
              </th>
              <th scope="col">{text.state}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((kind) => {
              const view = kind === 'LEGALITY_REVIEW' ? undefined : byKind.get(kind);
              return (
                <tr key={kind} className="border-b align-top">
                  <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap">
                    {PROCEDURE_NAMES[kind]}
                    <span className="block text-xs font-normal text-stone-600">{PROCEDURE_CITATIONS[kind]}</span>
                  </th>
                  <td className="py-2">
                    {kind === 'LEGALITY_REVIEW' ? (
                      <span className={legalityApproved ? 'text-green-800' : 'text-red-800'}>
                        {legalityApproved ? text.recorded : text.missing}（{text.legalityFromReview}）
                      </span>
                    ) : view ? (
                      <>
                        <span className="text-green-800">{text.recorded}</span>
                        {view.heldFrom ? <span className="ml-2">{view.heldTo ? text.period(view.heldFrom, view.heldTo) : view.heldFrom}</span> : null}
                        <span className="block whitespace-pre-wrap">{view.summary}</span>
                        {view.exemptionReason ? (
                          <span className="block text-stone-700">
                            {text.exemption}：{view.exemptionReason}
                          </span>
                        ) : null}
                        {view.collectiveDecision ? (
                          <span className="block text-stone-700">
                            {text.linked}：{view.collectiveDecision.heldOn} {view.collectiveDecision.topic}（{view.collectiveDecision.outcome}）
                          </span>
                        ) : null}
                      </>
                    ) : (
                      <span className={kind === 'POST_EVALUATION' ? 'text-stone-600' : 'text-red-800'}>{text.missing}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open.length > 0 ? (
        <div className="border-t pt-3">
          <h3 className="mb-2 font-semibold">{text.formHeading}</h3>
          <ProcedureForm decisionId={decisionId} kinds={open} collectives={collectives} />
        </div>
      ) : null}
    </section>
  );
}
