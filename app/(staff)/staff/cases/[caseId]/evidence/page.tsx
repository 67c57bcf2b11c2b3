import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ChainCheck, EvidencePanel } from '../../_components/evidence';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { findCaseHeading } from '@/lib/queries/evidence/case-evidence';
import { canUploadEvidence, canViewEvidence } from '@/lib/queries/evidence/evidence-access';

const t = messages.evidence;
export const metadata: Metadata = { title: t.panel.title };

// The case file's evidence on its own page: every item of the case, the upload form for officers
// on an open case, and the integrity check of the whole case file.
export default async function CaseEvidencePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const actor = await requireStaffPage({ path: `/staff/cases/${caseId}/evidence` });
  const db = getDb();
  const kase = await findCaseHeading(db, caseId);
  if (!kase) notFound();
  if (!(await canViewEvidence(db, actor, caseId))) redirect('/staff/forbidden');
  const canUpload = await canUploadEvidence(db, actor, caseId);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link className="text-brand-700 hover:underline" href={`/staff/cases/${kase.id}`}>
            ← {kase.caseNumber}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          {t.panel.title}：{kase.title}
        </h1>
      </div>
      <EvidencePanel caseId={kase.id} stepId={null} canUpload={canUpload} />
      <ChainCheck caseId={kase.id} />
    </div>
  );
}
