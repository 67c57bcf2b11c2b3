import { can, type Role } from '@/lib/domain/auth/permissions';
import type { Blocker } from '@/lib/domain/blockers';
import type { PublicReportKind } from '@/lib/generated/prisma/enums';
import { addCalendarDays, describeDueDate, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';
import { pastDateBlockers } from '@/lib/domain/dashboard/register-rules';

// 举报 / 投诉 from the public. No national rule sets limits for reports about illegal social
// organisations; the bureau follows the petition rules' usual limits (《信访工作条例》): decide
// whether to accept within 15 days of receipt, and close (answer) within 60 days of acceptance.
// Calendar days, a last day on a rest day moving to the next working day (lib/domain/calendar).
export const ACCEPT_WITHIN_DAYS = 15;
export const CLOSE_WITHIN_DAYS = 60;

export type ReportStatus = 'RECEIVED' | 'ACCEPTED' | 'CLOSED';

export function reportDueDates(input: { receivedOn: IsoDate; acceptedOn: IsoDate | null; calendar: WorkingCalendar }) {
  const accept = addCalendarDays({ start: input.receivedOn, days: ACCEPT_WITHIN_DAYS, calendar: input.calendar });
  const close = input.acceptedOn === null ? null : addCalendarDays({ start: input.acceptedOn, days: CLOSE_WITHIN_DAYS, calendar: input.calendar });
  return {
    acceptDue: accept.due,
    acceptExplanation: `受理期限：${describeDueDate(accept.explanation)}`,
    closeDue: close?.due ?? null,
    closeExplanation: close === null ? null : `办结期限：${describeDueDate(close.explanation)}`,
  };
}

export function acceptBlockers(input: { status: ReportStatus; receivedOn: IsoDate; on: IsoDate; today: IsoDate }): Blocker[] {
  const blockers = pastDateBlockers(input.on, input.today, '受理日期');
  if (input.status !== 'RECEIVED') blockers.push({ code: 'NOT_RECEIVED', message: '该举报、投诉已受理或已办结' });
  if (input.on < input.receivedOn) blockers.push({ code: 'BEFORE_RECEIPT', message: `受理日期不能早于收到日期（${input.receivedOn}）` });
  return blockers;
}

export function closeBlockers(input: { status: ReportStatus; receivedOn: IsoDate; on: IsoDate; today: IsoDate; answer: string }): Blocker[] {
  const blockers = pastDateBlockers(input.on, input.today, '办结日期');
  if (input.status === 'CLOSED') blockers.push({ code: 'ALREADY_CLOSED', message: '该举报、投诉已办结' });
  if (input.on < input.receivedOn) blockers.push({ code: 'BEFORE_RECEIPT', message: `办结日期不能早于收到日期（${input.receivedOn}）` });
  if (input.answer.trim() === '') blockers.push({ code: 'NO_ANSWER', message: '办结时请填写答复内容' });
  return blockers;
}

/**
 * Who triages a report: one about an illegal social organisation, those who keep the watch list;
 * a complaint about enforcement, the legal-affairs office.
 */
export function canHandle(roles: readonly Role[], kind: PublicReportKind): boolean {
  return can(roles, kind === 'ILLEGAL_ORG' ? 'watchlist.manage' : 'legalAffairs.manage');
}
