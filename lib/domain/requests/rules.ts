import type { Blocker } from '@/lib/domain/blockers';
import { workingDaysBetween, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';
import { pastDateBlockers } from '@/lib/domain/dashboard/register-rules';
import { CORRECTION_WITHIN_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, type RequestClock } from './clock';

// What may happen to a request for government information, and when (the clock is in ./clock.ts).
const CITE = '《政府信息公开条例》';

export type RequestState = {
  readonly receivedOn: IsoDate;
  readonly answered: boolean;
  readonly correctionRequestedOn: IsoDate | null;
  readonly correctionRepliedOn: IsoDate | null;
  readonly consultationStartedOn: IsoDate | null;
  readonly consultationEndedOn: IsoDate | null;
  readonly extended: boolean;
};

const answeredBlocker = (state: RequestState): Blocker[] => (state.answered ? [{ code: 'ALREADY_ANSWERED', message: '该申请已经答复，不能再变更办理期限' }] : []);

export function correctionBlockers(state: RequestState, on: IsoDate, today: IsoDate, calendar: WorkingCalendar): Blocker[] {
  const blockers = [...answeredBlocker(state), ...pastDateBlockers(on, today, '告知补正日期')];
  if (state.correctionRequestedOn !== null) blockers.push({ code: 'CORRECTION_ONCE', message: '补正只能一次性告知，本申请已告知过补正', citation: `${CITE}第三十条` });
  if (on < state.receivedOn) blockers.push({ code: 'BEFORE_RECEIPT', message: `告知补正日期不能早于收到申请的日期（${state.receivedOn}）` });
  else if (workingDaysBetween({ from: state.receivedOn, to: on, calendar }) > CORRECTION_WITHIN_WORKING_DAYS) {
    blockers.push({ code: 'CORRECTION_TOO_LATE', message: `应当自收到申请之日起${CORRECTION_WITHIN_WORKING_DAYS}个工作日内告知补正`, citation: `${CITE}第三十条` });
  }
  return blockers;
}

export function correctionReplyBlockers(state: RequestState, on: IsoDate, today: IsoDate): Blocker[] {
  const blockers = [...answeredBlocker(state), ...pastDateBlockers(on, today, '收到补正日期')];
  if (state.correctionRequestedOn === null) return [...blockers, { code: 'NO_CORRECTION', message: '本申请未告知补正' }];
  if (state.correctionRepliedOn !== null) blockers.push({ code: 'ALREADY_REPLIED', message: '已登记收到补正' });
  if (on < state.correctionRequestedOn) blockers.push({ code: 'REPLY_BEFORE_REQUEST', message: `收到补正日期不能早于告知补正日期（${state.correctionRequestedOn}）` });
  return blockers;
}

export function consultationStartBlockers(state: RequestState, on: IsoDate, today: IsoDate): Blocker[] {
  const blockers = [...answeredBlocker(state), ...pastDateBlockers(on, today, '征求意见日期')];
  if (state.consultationStartedOn !== null) blockers.push({ code: 'CONSULTATION_ONCE', message: '本申请已登记征求第三方意见' });
  if (state.correctionRequestedOn !== null && state.correctionRepliedOn === null)
    blockers.push({ code: 'AWAITING_CORRECTION', message: '正在等待申请人补正，收到补正后再征求意见' });
  const countedFrom = state.correctionRepliedOn ?? state.receivedOn;
  if (on < countedFrom) blockers.push({ code: 'BEFORE_START', message: `征求意见日期不能早于${countedFrom}` });
  return blockers;
}

export function consultationEndBlockers(state: RequestState, on: IsoDate, today: IsoDate): Blocker[] {
  const blockers = [...answeredBlocker(state), ...pastDateBlockers(on, today, '收到意见日期')];
  if (state.consultationStartedOn === null) return [...blockers, { code: 'NO_CONSULTATION', message: '本申请未登记征求第三方意见' }];
  if (state.consultationEndedOn !== null) blockers.push({ code: 'ALREADY_ENDED', message: '已登记征求意见结束' });
  if (on < state.consultationStartedOn) blockers.push({ code: 'END_BEFORE_START', message: `征求意见结束日期不能早于开始日期（${state.consultationStartedOn}）` });
  return blockers;
}

/** An extension is decided once, before the period runs out, while the clock is running. */
export function extensionBlockers(state: RequestState, input: { on: IsoDate; days: number; reason: string }, clock: RequestClock, today: IsoDate): Blocker[] {
  const blockers = [...answeredBlocker(state), ...pastDateBlockers(input.on, today, '延长决定日期')];
  if (state.extended) blockers.push({ code: 'EXTENSION_ONCE', message: '答复期限只能延长一次', citation: `${CITE}第三十三条` });
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_WORKING_DAYS) {
    blockers.push({ code: 'EXTENSION_TOO_LONG', message: `延长的期限为1至${MAX_EXTENSION_WORKING_DAYS}个工作日`, citation: `${CITE}第三十三条` });
  }
  if (input.reason.trim() === '') blockers.push({ code: 'EXTENSION_REASON', message: '请填写延长答复期限的理由' });
  if (clock.state === 'PAUSED') blockers.push({ code: 'CLOCK_PAUSED', message: '期限暂停期间不需要延长' });
  else if (input.on > clock.due) blockers.push({ code: 'EXTENSION_AFTER_DUE', message: `答复期限已于${clock.due}届满，不能再延长` });
  if (input.on < state.receivedOn) blockers.push({ code: 'BEFORE_RECEIPT', message: `延长决定日期不能早于收到申请的日期（${state.receivedOn}）` });
  return blockers;
}
