import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { STATUS_NAMES } from '@/lib/domain/disclosure/workflow';
import { describeChange } from '@/lib/domain/reports/freeze';
import { gapsIn, reportGaps } from '@/lib/domain/reports/gaps';
import { figuresOf } from '@/lib/domain/reports/generate';
import type { ReportContent, ReportParagraph } from '@/lib/domain/reports/model';
import { fillNarrative } from '@/lib/domain/reports/render';
import { messages } from '@/lib/i18n/messages';
import { getReportView } from '@/lib/queries/reports/get-report';
import { loadPublishedChanges } from '@/lib/queries/reports/published-changes';
import { loadSubmissions } from '@/lib/queries/reports/submissions';
import { reportYearSchema } from '@/lib/schemas/reports';
import { EditParagraphForm, GenerateReportForm, PublishReportForm, SendReportForm, SubmissionForm } from '../_components/report-forms';

const t = messages.reports;
type Props = { params: Promise<{ year: string }> };

const stamp = (date: Date) => date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

function Paragraph({ content, paragraph, version }: { content: ReportContent; paragraph: ReportParagraph; version: number }) {
  const { text, unknown } = fillNarrative(paragraph.narrative, content.figures);
  const figures = figuresOf(content, paragraph.narrative);
  const gaps = gapsIn(paragraph.narrative);
  return (
    <div
      className={`space-y-2 border-l-4 py-2 pl-3 ${gaps.length > 0 ? 'border-amber-400 bg-amber-50' : 'border-transparent hover:border-brand-200'}`}
      data-paragraph={paragraph.key}
      data-gap={gaps.length > 0 ? 'true' : undefined}
    >
      {text.trim() ? <p className="indent-8 leading-8">{text}</p> : <p className="text-sm text-stone-500">{t.view.empty}</p>}
      {gaps.length > 0 ? (
        <p role="note" className="text-sm text-amber-900">
          {t.view.gapHelp}
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <p role="alert" className="text-sm text-red-700">
          {t.view.unknownFigures(unknown.join('、'))}
        </p>
      ) : null}
      {paragraph.basis ? <p className="text-xs text-amber-800">{`${t.view.basis}：${paragraph.basis}`}</p> : null}
      {figures.length > 0 ? (
        <details className="text-sm text-stone-700">
          <summary className="cursor-pointer">{`${t.view.figuresLegend}（${figures.length}）`}</summary>
          <ul className="mt-1 space-y-1">
            {figures.map((figure) => (
              <li key={figure.key}>
                <Link href={figure.href} className="text-brand-700 hover:underline" aria-label={t.view.figureLink(figure.label)}>
                  {`${figure.label}：${figure.value}${figure.unit}`}
                </Link>
                <span className="text-stone-500">{`　来源：${figure.source}`}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{paragraph.edited ? `${t.view.edit}（${t.view.edited}）` : t.view.edit}</summary>
        <div className="mt-2">
          <EditParagraphForm year={content.year} paragraphKey={paragraph.key} narrative={paragraph.narrative} version={version} />
        </div>
      </details>
    </div>
  );
}

export default async function ReportPage({ params }: Props) {
  const parsed = reportYearSchema.safeParse((await params).year);
  if (!parsed.success) notFound();
  const year = parsed.data;
  await requireStaffPage({ path: `/staff/reports/${year}`, permission: 'report.edit' });
  const view = await getReportView(getDb(), year);
  if (!view) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{`${year}年度法治政府建设情况报告`}</h1>
        <p className="text-stone-700">{t.errors.notGenerated}</p>
        <GenerateReportForm defaultYear={year} label={t.index.generate} fixedYear />
      </div>
    );
  }
  const { current, versions, disclosure } = view;
  const content = current.content;
  const inReview = disclosure?.status === 'IN_REVIEW';
  const gaps = reportGaps(content);
  const published = await loadPublishedChanges(getDb(), year);
  const submissions = await loadSubmissions(getDb(), year, new Date());
  const openSteps = submissions.filter((s) => s.doneOn === null).map((s) => ({ value: s.step, label: t.submissions.steps[s.step] }));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-stone-600">
            <Link href="/staff/reports" className="hover:underline">
              {t.index.title}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{content.title}</h1>
          <p className="text-sm text-stone-600">
            {t.view.version(current.version, stamp(current.createdAt))}　{t.view.dueHint}
          </p>
        </div>
        <nav aria-label={t.view.downloads} className="flex flex-wrap gap-3 text-sm">
          <a className="rounded border border-stone-300 bg-white px-3 py-2 hover:border-brand-700" href={`/api/reports/${year}/docx`}>
            {t.view.docx}
          </a>
          <a className="rounded border border-stone-300 bg-white px-3 py-2 hover:border-brand-700" href={`/api/reports/${year}/pdf`}>
            {t.view.pdf}
          </a>
          <Link className="rounded border border-stone-300 bg-white px-3 py-2 hover:border-brand-700" href={`/staff/reports/${year}/statistics`}>
            {t.index.statistics}
          </Link>
        </nav>
      </div>

      <section aria-labelledby="workflow" className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
        <h2 id="workflow" className="text-lg font-semibold">
          {t.view.workflowTitle}
        </h2>
        <p data-testid="report-status">{disclosure ? t.view.disclosureStatus(STATUS_NAMES[disclosure.status]) : t.view.notSent}</p>
        {disclosure?.status === 'PUBLISHED' ? (
          <p>
            <Link className="text-brand-700 hover:underline" href={`/disclosures/${disclosure.id}`}>
              {t.view.publicLink}
            </Link>
            {disclosure.indexNumber ? t.view.indexNumber(disclosure.indexNumber) : ''}
          </p>
        ) : null}
        {gaps.length > 0 && (!disclosure || disclosure.status === 'DRAFT' || disclosure.status === 'SECRECY_CHECKED') ? (
          <div role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="report-gaps">
            <p>{t.view.gapsTitle(gaps.length)}</p>
            <ul className="list-disc pl-5">
              {gaps.map((gap, i) => (
                <li key={`${gap.paragraphKey}-${i}`}>{gap.prompt}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {!disclosure || disclosure.status === 'DRAFT' || disclosure.status === 'SECRECY_CHECKED' ? <SendReportForm year={year} /> : null}
        {disclosure?.status === 'APPROVED' ? <PublishReportForm year={year} /> : null}
        {published ? (
          <div className="space-y-1 text-sm" data-testid="published-changes">
            <p>{t.view.publishedTitle(published.publishedVersion)}</p>
            {published.changes.length === 0 ? (
              <p>{t.view.publishedUnchanged}</p>
            ) : (
              <>
                <p className="text-amber-900">{t.view.publishedChanges}</p>
                <ul className="list-disc pl-5">
                  {published.changes.map((c) => (
                    <li key={c.key}>{describeChange(c)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
        {!inReview ? <GenerateReportForm defaultYear={year} label={t.index.regenerate} fixedYear confirmChanges={(published?.changes.length ?? 0) > 0} /> : null}
      </section>

      <section aria-labelledby="submissions" className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
        <h2 id="submissions" className="text-lg font-semibold">
          {t.submissions.title}
        </h2>
        <ul className="space-y-1 text-sm" data-testid="submissions">
          {submissions.map((s) => (
            <li key={s.step} data-status={s.status}>
              <span className="font-medium">{t.submissions.steps[s.step]}</span>
              {`　${t.submissions.due(s.dueOn)}　${t.submissions.status[s.status]}`}
              {s.doneOn ? `　${t.submissions.done(s.doneOn, s.receipt ?? '')}` : ''}
            </li>
          ))}
        </ul>
        {openSteps.length > 0 ? <SubmissionForm year={year} steps={openSteps} /> : null}
      </section>

      <article className="space-y-4 rounded-lg bg-white p-8 shadow-sm" aria-label={content.title}>
        <p className="text-center">{content.bureau}</p>
        <h2 className="text-center text-xl font-bold">{content.title}</h2>
        <Paragraph content={content} paragraph={content.preamble} version={current.version} />
        {content.sections.map((section) => (
          <section key={section.key} aria-label={section.heading} className="space-y-2">
            <h3 className="text-lg font-bold">{section.heading}</h3>
            {section.subsections.map((sub) => (
              <div key={sub.key} className="space-y-1">
                {sub.heading ? <h4 className="font-semibold">{sub.heading}</h4> : null}
                {sub.paragraphs.map((paragraph) =>
                  inReview ? (
                    <p key={paragraph.key} className="indent-8 leading-8">
                      {fillNarrative(paragraph.narrative, content.figures).text}
                    </p>
                  ) : (
                    <Paragraph key={paragraph.key} content={content} paragraph={paragraph} version={current.version} />
                  ),
                )}
              </div>
            ))}
          </section>
        ))}
      </article>

      <section aria-labelledby="versions" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="versions" className="mb-2 text-lg font-semibold">
          {t.view.versionsTitle}
        </h2>
        <ol className="space-y-1 text-sm">
          {versions.map((v) => (
            <li key={v.version}>{`${t.view.version(v.version, stamp(v.createdAt))}　${v.author}　${v.note}`}</li>
          ))}
        </ol>
      </section>

      <details className="rounded-lg bg-white p-6 text-sm shadow-sm">
        <summary className="cursor-pointer font-semibold">{t.view.availableFigures}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{t.view.availableFigures}</caption>
          <thead>
            <tr>
              <th className="py-1">{t.figureTable.placeholder}</th>
              <th>{t.figureTable.metric}</th>
              <th>{t.figureTable.value}</th>
              <th>{t.figureTable.source}</th>
            </tr>
          </thead>
          <tbody>
            {Object.values(content.figures).map((f) => (
              <tr key={f.key} className="border-t border-stone-100">
                <td className="py-1 font-mono text-xs">{`{{${f.key}}}`}</td>
                <td>{f.label}</td>
                <td>
                  <Link className="text-brand-700 hover:underline" href={f.href}>{`${f.value}${f.unit}`}</Link>
                </td>
                <td className="text-stone-600">{f.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
