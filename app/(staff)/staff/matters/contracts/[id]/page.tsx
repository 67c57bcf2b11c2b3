import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { matterEditBlockers } from '@/lib/domain/review/matter-status';
import { messages } from '@/lib/i18n/messages';
import { getAdminContract } from '@/lib/queries/matters/get-matter';
import { BlockerList } from '../../../reviews/_components/blocker-list';
import { MatterReviewPanel } from '../../_components/matter-review-panel';
import { MatterStatusBadge } from '../../_components/status-badge';
import { ContractForm } from '../../matter-forms';
import { formatFileSize } from '@/lib/i18n/format-size';

export const metadata: Metadata = { title: messages.legalAffairs.matters.contracts };

const text = messages.legalAffairs.matters;

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage({ path: `/staff/matters/contracts/${id}`, permission: 'matters.draft' });
  const contract = await getAdminContract(getDb(), id);
  if (!contract) notFound();
  const editBlockers = matterEditBlockers(contract.status);
  return (
    <div className="space-y-8">
      <p>
        <Link href="/staff/matters" className="text-sm text-brand-700 hover:underline">
          ← {text.backToList}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {text.contracts}：{contract.title} <MatterStatusBadge kind="ADMIN_CONTRACT" status={contract.status} />
      </h1>
      <section aria-labelledby="content-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="content-heading" className="text-lg font-semibold">
          {text.sections.content}
        </h2>
        {contract.status === 'APPROVED' ? <p className="text-sm text-amber-900">{text.hints.editApproved}</p> : null}
        <BlockerList id="edit-blockers" title={text.sections.readOnly} blockers={editBlockers} />
        <p className="text-sm">
          <span className="text-stone-600">{text.labels.currentFile}：</span>
          {contract.file ? (
            <>
              {contract.file.fileName}（{formatFileSize(contract.file.size)}）{' '}
              <a href={`/staff/matters/contracts/${contract.id}/file`} className="text-brand-700 underline">
                {text.labels.download}
              </a>
            </>
          ) : (
            text.labels.noFile
          )}
        </p>
        <ContractForm
          id={contract.id}
          values={{ title: contract.title, counterparty: contract.counterparty, amount: contract.amount, termFrom: contract.termFrom, termTo: contract.termTo }}
          hasFile={contract.file !== null}
          readOnly={editBlockers.length > 0}
        />
      </section>
      <MatterReviewPanel kind="ADMIN_CONTRACT" id={contract.id} status={contract.status} />
    </div>
  );
}
