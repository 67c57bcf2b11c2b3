import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { acceptBlockers, canHandle, closeBlockers } from '@/lib/domain/public-reports/rules';
import { AppError } from '@/lib/errors';
import { refuseIfBlocked } from '@/lib/rule-error';
import { acceptReportSchema, closeReportSchema } from '@/lib/schemas/public-reports';
import { createWatchedOrganisation } from '@/lib/services/enforcement/watchlist';
import { parseOrThrow } from '@/lib/validation';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

// Staff triage of 举报 / 投诉: a report about an illegal social organisation is handled by those who
// keep the watch list (watchlist.manage); a complaint about enforcement by the legal-affairs office
// (legalAffairs.manage). Accepting may put the organisation on the watch list or link the
// enforcement case; closing records the answer the reporter sees at /track.

async function load(tx: Tx, actor: Actor, id: string) {
  const report = await tx.publicReport.findUnique({ where: { id } });
  if (!report) throw new AppError({ code: 'NOT_FOUND', userMessage: '该举报、投诉不存在' });
  if (!canHandle(actor.roles, report.kind)) throw new AppError({ code: 'FORBIDDEN', userMessage: '您没有执行此操作的权限。' });
  return report;
}

export async function acceptReport(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'publicReports.handle');
  const data = parseOrThrow(acceptReportSchema, input);
  return db.$transaction(async (tx) => {
    const report = await load(tx, actor, data.reportId);
    refuseIfBlocked(acceptBlockers({ status: report.status, receivedOn: isoOfDateColumn(report.receivedOn), on: data.on, today: toShanghaiDate(now) }));
    let watchedOrganisationId: string | null = null;
    let caseId: string | null = null;
    if (data.link === 'WATCHLIST') {
      if (report.kind !== 'ILLEGAL_ORG')
        throw new AppError({ code: 'VALIDATION', userMessage: '只有对非法社会组织的举报可以列入预警名单', fieldErrors: { link: ['只有对非法社会组织的举报可以列入预警名单'] } });
      const organisation = await createWatchedOrganisation(tx, actor, {
        name: report.organisationName ?? '',
        source: '群众举报',
        sourceDetail: `网上举报（${isoOfDateColumn(report.receivedOn)}）${report.place ? `，地点：${report.place}` : ''}`,
        notedOn: data.on,
        note: report.description.slice(0, 1000),
      });
      watchedOrganisationId = organisation.id;
    } else if (data.link === 'CASE') {
      const kase = await tx.enforcementCase.findUnique({ where: { caseNumber: data.caseNumber }, select: { id: true } });
      if (!kase) throw new AppError({ code: 'VALIDATION', userMessage: '未找到该编号的执法案件', fieldErrors: { caseNumber: ['未找到该编号的执法案件'] } });
      caseId = kase.id;
    }
    const updated = await tx.publicReport.updateMany({
      where: { id: report.id, status: 'RECEIVED' },
      data: { status: 'ACCEPTED', acceptedOn: toDateColumn(data.on), watchedOrganisationId, caseId },
    });
    if (updated.count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: '该举报、投诉刚被他人处理，请刷新页面' });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'publicReport.accept',
      entityType: 'PublicReport',
      entityId: report.id,
      after: { on: data.on, link: data.link, watchedOrganisationId, caseId },
    });
  });
}

export async function closeReport(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'publicReports.handle');
  const data = parseOrThrow(closeReportSchema, input);
  return db.$transaction(async (tx) => {
    const report = await load(tx, actor, data.reportId);
    refuseIfBlocked(closeBlockers({ status: report.status, receivedOn: isoOfDateColumn(report.receivedOn), on: data.on, today: toShanghaiDate(now), answer: data.answer }));
    const updated = await tx.publicReport.updateMany({
      where: { id: report.id, status: { not: 'CLOSED' } },
      data: { status: 'CLOSED', closedOn: toDateColumn(data.on), answer: data.answer },
    });
    if (updated.count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: '该举报、投诉已办结' });
    await recordAudit(tx, { actorId: actor.id, action: 'publicReport.close', entityType: 'PublicReport', entityId: report.id, after: { on: data.on, answer: data.answer } });
  });
}
