import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChainCheck, EvidencePanel } from '../_components/evidence';
import { LinkedReports } from '@/components/public-reports/linked-reports';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { PROCEDURE_NAMES, RECORDING_REQUIREMENT_NAMES, describePenalty, penaltyLaw } from '@/lib/domain/enforcement';
import { isAppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { getCaseDetail } from '@/lib/queries/enforcement/cases';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_SPECS } from '@/lib/domain/enforcement-documents/types';
import { listHandoffReceivers } from '@/lib/queries/workbench/handoff-facts';
import { HandOffForm } from '@/components/workbench/hand-off-form';
import { handOffCaseAction } from './hand-off-action';
import { BlockerList, Section } from '../_components/blockers';
import {
  ApproveExtensionForm,
  EducationForm,
  HearingResponseForm,
  HoldHearingForm,
  NextStepForm,
  RequestExtensionForm,
  RevokeForm,
  ScheduleHearingForm,
  SubmitReviewForm,
} from '../_components/step-forms';
import { DocumentsPanel } from '../_components/documents-panel';
import { CasesNav } from '../_components/sub-nav';

const t = messages.enforcement.ui.detail;
const e = messages.enforcement;
export const metadata: Metadata = { title: messages.enforcement.title };

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="inline text-stone-600">{label}：</dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

async function load(caseId: string, actor: Parameters<typeof getCaseDetail>[2]) {
  try {
    return await getCaseDetail(getDb(), caseId, actor);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export default async function CasePage({ params, searchParams }: { params: Promise<{ caseId: string }>; searchParams: Promise<{ notice?: string; step?: string }> }) {
  const { caseId } = await params;
  const { notice, step: recordedStep } = await searchParams;
  const actor = await requireStaffPage({ path: `/staff/cases/${caseId}` });
  const d = await load(caseId, actor);
  if (!d) notFound();
  const { row, facts } = d;
  const documentPanel = d.documents;
  const canWork = can(actor.roles, 'case.work');
  const canDecide = can(actor.roles, 'case.decide');
  const canHost = can(actor.roles, 'case.hostHearing');
  // A party's ID number, address and phone reach only the case's officers, head, hearing host and
  // legal reviewer: for other staff the query (getCaseDetail) has already removed them, free text,
  // documents and the documents panel included, so the page shows what the view holds.
  // The officers' own records are for the officers on this case (《行政处罚法》第四十二条).
  const officerBlockers = canWork ? d.officerBlockers : [];
  const decided = row.decidedOn !== null;
  const reviewBlockers = [
    ...(!row.isMajor ? [{ code: 'notMajor', message: '本案不属于重大执法决定，无需法制审核', citation: penaltyLaw(58) }] : []),
    ...(row.state !== 'LEGAL_REVIEW' ? [{ code: 'step', message: '案件须处于“法制审核”环节方可送审', citation: penaltyLaw(58) }] : []),
    ...(d.reviews.some((r) => r.current && (r.status === 'PENDING' || r.status === 'APPROVED')) ? [{ code: 'pending', message: '当前内容已送审或已审核通过' }] : []),
    ...(!canWork ? [{ code: 'role', message: '由承办的执法人员送审' }] : officerBlockers),
  ];
  const canActOn = (step: { key: string; director: boolean }) => (step.director ? canDecide : canWork || (canHost && step.key === 'STATEMENT_OR_HEARING'));
  // What a next step needs, before it is attempted: the current step's recording, the documents the
  // step stands for (generated in the documents panel), and the open deadlines.
  const currentEntry = d.checklist.find((c) => c.current);
  const requirementsOf = (key: string): string[] => [
    ...(currentEntry?.recording === 'REQUIRED' && !currentEntry.recorded
      ? [`当前环节“${d.stateLabel}”须音像记录：记录下一环节前请先上传音像记录，或在表单中写明未能音像记录的原因。`]
      : []),
    ...DOCUMENT_TYPES.filter((type) => {
      const steps = DOCUMENT_TYPE_SPECS[type].steps;
      return steps !== 'ALL' && steps.includes(key) && documentPanel?.types.some((offered) => offered.type === type);
    }).map((type) => `本环节的文书：${DOCUMENT_TYPE_SPECS[type].label}（记录本环节后在“执法文书”中生成）`),
    ...d.deadlines.filter((dl) => dl.status !== 'met').map((dl) => `期限：${dl.label}，${dl.due}前（${e.deadlineStatus[dl.status]}）`),
  ];
  const handoffReceivers = canWork && d.isOnCase && !d.closed ? await listHandoffReceivers() : null;
  const currentRecording = d.checklist.find((c) => c.current)?.recording === 'REQUIRED';
  const intended = { kinds: (d.penalty?.kinds ?? []) as string[], fineAmount: d.penalty?.fineAmount ?? null, violationType: row.violationType };
  return (
    <div className="space-y-6">
      <h1 className="break-words text-xl font-bold sm:text-2xl">
        {row.caseNumber} {row.title}
      </h1>
      <CasesNav current="" />
      {notice && t.notice[notice] ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {t.notice[notice]}
        </p>
      ) : null}
      {notice === 'advanced' && recordedStep === row.state ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="step-confirmation">
          已记录“{d.stateLabel}”。{d.next.length > 0 ? `下一步：${d.next.map((s) => s.label).join('或')}，要求见“下一步”。` : ''}
        </p>
      ) : null}

      <Section id="case-facts" title={t.facts}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <Item label={t.caseNumber}>{row.caseNumber}</Item>
          <Item label={t.type}>{d.typeName}</Item>
          <Item label={t.procedure}>{PROCEDURE_NAMES[row.procedure]}</Item>
          <Item label={t.state}>
            <span data-testid="case-state">{d.stateLabel}</span>
          </Item>
          <Item label={t.filedOn}>{facts.filedOn}</Item>
          {row.closedOn ? <Item label={t.closedOn}>{row.closedOn.toISOString().slice(0, 10)}</Item> : null}
          {row.jointDepartments.length > 0 ? <Item label={t.joint}>{row.jointDepartments.join('、')}</Item> : null}
          {row.referredFrom ? <Item label={t.referredFrom}>{row.referredFrom}</Item> : null}
          {row.referredTo ? <Item label={t.referredTo}>{row.referredTo}</Item> : null}
          {d.penalty ? <Item label={t.intended}>{describePenalty(d.penalty)}</Item> : null}
          {row.decisionNumber ? (
            <Item label={t.decision}>
              {row.decisionNumber}：{row.outcome}
            </Item>
          ) : null}
        </dl>
        {row.facts ? (
          <>
            <h3 className="font-medium">{t.factsText}</h3>
            <p className="whitespace-pre-line text-sm">{row.facts}</p>
          </>
        ) : null}
        {row.legalBasis ? (
          <>
            <h3 className="font-medium">{t.legalBasis}</h3>
            <p className="whitespace-pre-line text-sm">{row.legalBasis}</p>
          </>
        ) : null}
        <LinkedReports reports={d.reports} />
        {row.revokedOn ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {t.revoked(row.revokedOn.toISOString().slice(0, 10), row.revocationReason ?? '')}
          </p>
        ) : null}
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="case-parties" title={t.parties}>
          <ul className="space-y-2 text-sm">
            {row.parties.map((p) => (
              <li key={p.id} data-testid="party">
                <span className="font-medium">{p.name}</span>（{p.kind === 'PERSON' ? '自然人' : '法人或其他组织'}）
                {p.idNumber ? <span className="block text-stone-700">证件号：{p.idNumber}</span> : null}
                {p.address ? <span className="block text-stone-700">地址：{p.address}</span> : null}
                {p.phone ? <span className="block text-stone-700">电话：{p.phone}</span> : null}
                {p.legalRepresentative ? <span className="block text-stone-700">法定代表人：{p.legalRepresentative}</span> : null}
              </li>
            ))}
          </ul>
          <p className="text-xs text-stone-600">{t.partyPrivate}</p>
        </Section>
        <Section id="case-officers" title={t.officers}>
          <ul className="space-y-1 text-sm">
            {facts.officers.map((o) => (
              <li key={`${o.officerId}-${o.role}`} data-testid="case-officer">
                {o.name}（{t.officerRole[o.role]}）{o.certificateValid ? '· 证件有效' : <span className="text-red-700">· 证件无效或已过期</span>}
                {' · '}
                {t.recusalAt}：{o.recusalDeclared ? '已声明' : t.notDeclared}
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <Section id="case-major" title={t.major}>
        <p className="text-sm" data-testid="major-status">
          {row.isMajor ? t.majorYes : t.majorNo}
        </p>
        {d.majorReasons.length > 0 ? (
          <ul className="list-disc pl-5 text-sm" data-testid="major-reasons">
            {d.majorReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : null}
      </Section>

      <Section id="case-deadlines" title={t.deadlines}>
        {d.deadlines.length === 0 ? (
          <p className="text-sm text-stone-700">—</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-stone-600">
                <tr>
                  <th className="py-1 pr-3">{t.deadline}</th>
                  <th className="py-1 pr-3">{t.due}</th>
                  <th className="py-1 pr-3">{t.status}</th>
                  <th className="py-1">{t.citation}</th>
                </tr>
              </thead>
              <tbody>
                {d.deadlines.map((dl) => (
                  <tr key={dl.key} data-testid={`deadline-${dl.key}`} className={dl.status === 'overdue' ? 'bg-red-50 text-red-800' : ''}>
                    <td className="py-1 pr-3">{dl.label}</td>
                    <td className="py-1 pr-3">
                      {dl.due}
                      {dl.extendedUntil ? `（${t.extendedUntil(dl.extendedUntil)}）` : ''}
                    </td>
                    <td className="py-1 pr-3">
                      {e.deadlineStatus[dl.status]}
                      {dl.metOn ? ` ${dl.metOn}` : ''}
                      {dl.needsExtension ? `；${t.needsExtension}` : ''}
                    </td>
                    <td className="py-1 text-xs text-stone-600">{dl.citation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {row.extensionUntil ? (
          <p className="text-sm">
            {row.extensionApproved
              ? t.extensionApproved(row.extensionUntil.toISOString().slice(0, 10), row.extensionReason ?? '')
              : t.extensionPending(row.extensionUntil.toISOString().slice(0, 10), row.extensionReason ?? '')}
          </p>
        ) : null}
        {row.extensionUntil && !row.extensionApproved && canDecide ? <ApproveExtensionForm caseId={row.id} /> : null}
        {!decided && !d.closed && canWork && d.deadlines.some((dl) => dl.key === 'DECISION') && !row.extensionApproved ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">{t.extension}</summary>
            <RequestExtensionForm caseId={row.id} blockers={officerBlockers} />
          </details>
        ) : null}
      </Section>

      <Section id="case-next" title={t.next}>
        {d.next.length === 0 ? (
          <p className="text-sm text-stone-700">{t.noNext}</p>
        ) : (
          <div className="space-y-4">
            {/* Only the steps this user's role can record get a form; the others are named, with who records them. */}
            {d.next
              .filter((step) => canActOn(step))
              .map((step) => (
                <NextStepForm
                  key={step.key}
                  caseId={row.id}
                  step={step}
                  today={d.today}
                  canAct
                  recordingRequired={currentRecording}
                  intended={intended}
                  requirements={requirementsOf(step.key)}
                />
              ))}
            {d.next
              .filter((step) => !canActOn(step))
              .map((step) => (
                <p key={step.key} className="text-sm text-stone-700" data-testid={`step-elsewhere-${step.key}`}>
                  {step.label}：{step.director ? t.directorOnly : '由本案其他角色办理。'}
                </p>
              ))}
          </div>
        )}
        {row.state === 'NO_PENALTY' ? (
          row.educationRecorded ? (
            <p className="text-sm">{t.educationDone}</p>
          ) : canWork ? (
            <EducationForm caseId={row.id} blockers={officerBlockers} />
          ) : null
        ) : null}
      </Section>

      {/* The hand-off to the next person (报请决定, 提请听证, 送法制审核: issue 14). */}
      {handoffReceivers ? <HandOffForm caseId={row.id} receivers={handoffReceivers} action={handOffCaseAction} /> : null}

      {documentPanel ? <DocumentsPanel caseId={row.id} panel={documentPanel} canGenerate={canWork && d.isOnCase} /> : null}

      {facts.rightsNotice || d.hearingOffered.required ? (
        <Section id="case-hearing" title={t.hearing}>
          {d.hearingOffered.required ? (
            <>
              <p className="text-sm">{t.hearingOffered}</p>
              <ul className="list-disc pl-5 text-sm">
                {d.hearingOffered.grounds.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-sm">{t.hearingNotOffered}</p>
          )}
          {d.hearingDue ? <p className="text-sm">{t.hearingDue(d.hearingDue)}</p> : null}
          <dl className="grid gap-1 text-sm sm:grid-cols-2" data-testid="hearing-facts">
            {facts.hearing?.requestedOn ? <Item label={t.requestedOn}>{facts.hearing.requestedOn}</Item> : null}
            {facts.hearing?.waived ? <Item label={t.response}>{t.waivedText}</Item> : null}
            {d.hostName ? <Item label={t.hostName}>{d.hostName}</Item> : null}
            {facts.hearing?.noticeSentOn ? <Item label={t.noticeSentOn}>{facts.hearing.noticeSentOn}</Item> : null}
            {facts.hearing?.scheduledOn ? <Item label={t.scheduledOn}>{facts.hearing.scheduledOn}</Item> : null}
            {facts.hearing?.heldOn ? <Item label={t.heldOn}>{facts.hearing.heldOn}</Item> : null}
          </dl>
          {!decided && facts.rightsNotice && !facts.hearing?.requestedOn && !facts.hearing?.waived && canWork ? (
            <HearingResponseForm caseId={row.id} today={d.today} blockers={officerBlockers} />
          ) : null}
          {!decided && facts.hearing?.requestedOn && !facts.hearing?.heldOn && canWork ? (
            <ScheduleHearingForm caseId={row.id} today={d.today} hosts={d.hosts} blockers={officerBlockers} />
          ) : null}
          {!decided && facts.hearing?.hostOfficerId && !facts.hearing?.heldOn && canHost && d.isHost && row.state === 'STATEMENT_OR_HEARING' ? (
            <HoldHearingForm caseId={row.id} today={d.today} />
          ) : null}
        </Section>
      ) : null}

      {row.isMajor || d.reviews.length > 0 ? (
        <Section id="case-review" title={t.review}>
          <p className="text-sm">{t.reviewIntro}</p>
          {d.reviews.length > 0 ? (
            <ul className="space-y-1 text-sm" data-testid="review-rounds">
              {d.reviews.map((r) => (
                <li key={r.id}>
                  {t.round(r.round)}：
                  <Link className="text-brand-700 hover:underline" href={`/staff/reviews/${r.id}`}>
                    {t.reviewStatus[r.status]}
                  </Link>
                  {r.current ? t.reviewCurrent : t.reviewStale}
                  {r.opinion ? ` — ${r.opinion}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {!decided ? <SubmitReviewForm caseId={row.id} blockers={reviewBlockers} /> : null}
        </Section>
      ) : null}

      {decided ? (
        <Section id="case-publicity" title={t.publicity}>
          <p className="text-sm" data-testid="publicity-status">
            {d.publicity ? (e.publicityStatus[d.publicity.status as keyof typeof e.publicityStatus] ?? d.publicity.status) : e.publicityStatus.none}
            {d.publicity?.publishDueOn ? `；${t.publicityDue(d.publicity.publishDueOn)}` : ''}
          </p>
          {d.publicity ? (
            <Link className="text-sm text-brand-700 hover:underline" href={`/staff/disclosures/${d.publicity.id}`}>
              {t.publicityOpen}
            </Link>
          ) : null}
          {!row.revokedOn && canDecide ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">{t.revoke}</summary>
              <RevokeForm caseId={row.id} today={d.today} />
            </details>
          ) : null}
        </Section>
      ) : null}

      <Section id="case-checklist" title={t.checklist}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-stone-600">
              <tr>
                <th className="py-1 pr-3">{t.checklistStep}</th>
                <th className="py-1 pr-3">{t.requirement}</th>
                <th className="py-1">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {d.checklist.map((c) => (
                <tr key={c.key} data-testid={`checklist-${c.key}`}>
                  <td className="py-1 pr-3">
                    {c.label}
                    {c.current ? t.currentMark : ''}
                  </td>
                  <td className="py-1 pr-3">{RECORDING_REQUIREMENT_NAMES[c.recording]}</td>
                  <td className={`py-1 ${c.recording === 'REQUIRED' && c.passed && !c.recorded && !c.waiver ? 'text-amber-800' : ''}`}>
                    {c.recorded ? t.recorded : c.waiver ? t.waived(c.waiver) : c.passed ? (c.recording === 'NONE' ? '—' : t.missing) : t.notYet}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {currentRecording ? (
          <BlockerList
            id="current-recording"
            tone="amber"
            blockers={[{ code: 'rec', message: `当前环节“${d.stateLabel}”须音像记录：请在下方上传音像记录，或在记录下一环节时写明未能音像记录的原因` }]}
          />
        ) : null}
      </Section>

      <EvidencePanel caseId={row.id} stepId={null} canUpload={canWork && !d.closed && d.isOnCase} />

      {d.seesPersonalData ? (
        <Section id="case-file" title={messages.documents.caseFile.title}>
          <p className="text-sm text-stone-700">{messages.documents.caseFile.intro}</p>
          <p className="flex flex-wrap gap-3 text-sm">
            <a
              className="rounded-md border border-stone-300 px-3 py-2 text-brand-700 hover:bg-stone-100"
              href={`/api/cases/${row.id}/case-file`}
              download
              data-testid="case-file-pdf"
            >
              {messages.documents.caseFile.pdf}
            </a>
            <a
              className="rounded-md border border-stone-300 px-3 py-2 text-brand-700 hover:bg-stone-100"
              href={`/api/cases/${row.id}/case-file/evidence`}
              download
              data-testid="case-file-zip"
            >
              {messages.documents.caseFile.zip}
            </a>
          </p>
          <ChainCheck caseId={row.id} checkFiles={false} />
        </Section>
      ) : null}

      <Section id="case-timeline" title={t.timeline}>
        <ol className="space-y-2 text-sm" data-testid="timeline">
          {d.timeline.map((s) => (
            <li key={s.id} className="border-l-2 border-brand-300 pl-3" data-testid="timeline-step">
              <p>
                <span className="font-medium">
                  {s.seq}. {s.label}
                </span>{' '}
                — {s.actor}，{s.occurredAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}
                {s.evidenceCount > 0 ? `，${t.evidenceCount(s.evidenceCount)}` : ''}
              </p>
              {s.documents.length > 0 ? <p className="text-stone-700">{s.documents.map((doc) => `${doc.name}：${doc.value}`).join('；')}</p> : null}
              {s.note ? <p className="whitespace-pre-line text-stone-700">{s.note}</p> : null}
              {s.recordingWaiverReason ? (
                <p className="text-amber-800">
                  {t.waiverShort}：{s.recordingWaiverReason}
                </p>
              ) : null}
              <p className="break-all font-mono text-xs text-stone-500">
                {t.hash}：{s.hash}
              </p>
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
