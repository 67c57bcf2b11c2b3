import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { matterEditBlockers } from '@/lib/domain/review/matter-status';
import { messages } from '@/lib/i18n/messages';
import { getMajorDecision } from '@/lib/queries/matters/get-matter';
import { BlockerList } from '../../../reviews/_components/blocker-list';
import { MatterReviewPanel } from '../../_components/matter-review-panel';
import { MatterStatusBadge } from '../../_components/status-badge';
import { DecisionForm } from '../../matter-forms';

export const metadata: Metadata = { title: messages.legalAffairs.matters.decisions };

const text = messages.legalAffairs.matters;

export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage({ path: `/staff/matters/decisions/${id}`, permission: 'matters.draft' });
  const decision = await getMajorDecision(getDb(), id);
  if (!decision) notFound();
  const editBlockers = matterEditBlockers(decision.status);
  return (
    <div className="space-y-8">
      <p>
        <Link href="/staff/matters" className="text-sm text-brand-700 hover:underline">
          ← {text.backToList}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {text.decisions}：{decision.title} <MatterStatusBadge kind="MAJOR_ADMIN_DECISION" status={decision.status} />
      </h1>
      {decision.decidedOn ? (
        <p className="text-sm">
          {text.concludedAs.MAJOR_ADMIN_DECISION}：{decision.decidedOn}
        </p>
      ) : null}
      <section aria-labelledby="content-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="content-heading" className="text-lg font-semibold">
          {text.sections.content}
        </h2>
        {decision.status === 'APPROVED' ? <p className="text-sm text-amber-900">{text.hints.editApproved}</p> : null}
        <BlockerList id="edit-blockers" title={text.sections.readOnly} blockers={editBlockers} />
        <DecisionForm id={decision.id} values={{ title: decision.title, description: decision.description }} readOnly={editBlockers.length > 0} />
      </section>
      <MatterReviewPanel kind="MAJOR_ADMIN_DECISION" id={decision.id} status={decision.status} />
    </div>
  );
}
