import { describe, expect, it } from 'vitest';
import { calendarFromEntries, loadedHolidayYears, missingCalendarYears } from '@/lib/domain/calendar';
import { DEFAULT_ENFORCEMENT_SETTINGS } from '@/lib/domain/enforcement';
import { NOTICE_CALENDAR } from '@/lib/domain/calendar/state-council-notices.fixture';
import {
  calendarTodos,
  caseTodos,
  handoffBlockers,
  handoffDone,
  handoffTodos,
  makeTodo,
  reviewTodos,
  sortTodos,
  statutoryTodos,
  type CaseTodoFact,
  type HandoffRequest,
  type TodoContext,
} from './index';

const calendar = NOTICE_CALENDAR;
const loadedYears = loadedHolidayYears(calendar);
const at = (today: string): TodoContext => ({ today, calendar, loadedYears });

describe('the calendar check', () => {
  it('knows the years whose holidays are loaded, and marks a due date beyond them provisional, never 正常', () => {
    expect(loadedYears.has(2024)).toBe(true);
    const next = Math.max(...loadedYears) + 1;
    const todo = makeTodo({ key: 'k', area: 'REVIEW', action: '审核', title: 't', href: '/', due: `${next}-03-02`, howComputed: '' }, at(`${next - 1}-01-05`));
    expect(todo.provisional).toBe(true);
    expect(todo.urgency).toBe('provisional');
    const inLoaded = makeTodo({ key: 'k', area: 'REVIEW', action: '审核', title: 't', href: '/', due: '2024-06-28', howComputed: '' }, at('2024-03-01'));
    expect(inLoaded).toMatchObject({ provisional: false, urgency: 'ok' });
  });

  it('a period that starts in an unloaded year is provisional too', () => {
    const years = new Set([2025]);
    const todo = makeTodo(
      { key: 'k', area: 'CASE', action: 'a', title: 't', href: '/', start: '2024-12-20', due: '2025-03-20', howComputed: '' },
      { ...at('2025-01-02'), loadedYears: years },
    );
    expect(todo.provisional).toBe(true);
  });

  it('reminds the admin of next year from 1 November, and of this year at once when it is missing', () => {
    const years = new Set([2026]);
    expect(missingCalendarYears({ today: '2026-10-31', loadedYears: years })).toEqual([]);
    expect(missingCalendarYears({ today: '2026-11-01', loadedYears: years })).toEqual([{ year: 2027, due: '2026-12-31', overdue: false }]);
    expect(missingCalendarYears({ today: '2027-01-04', loadedYears: years })).toEqual([{ year: 2027, due: '2026-12-31', overdue: true }]);
    const todos = calendarTodos({ today: '2026-11-02', calendar: calendarFromEntries([]), loadedYears: years });
    expect(todos.map((t) => [t.action, t.due])).toEqual([['录入2027年节假日安排', '2026-12-31']]);
  });
});

describe('the order of the home page', () => {
  const todo = (key: string, due: string, handedOverBy?: string) =>
    makeTodo({ key, area: 'CASE', action: 'a', title: key, href: '/', due, howComputed: '', ...(handedOverBy ? { handedOverBy } : {}) }, at('2024-05-06'));

  it('puts hand-offs first, then overdue items (longest overdue first), then by due date', () => {
    const sorted = sortTodos([
      todo('later', '2024-06-28'),
      todo('soon', '2024-05-08'),
      todo('overdue', '2024-04-30'),
      todo('older', '2024-04-01'),
      todo('handoff', '2024-08-01', '张执法'),
    ]);
    expect(sorted.map((t) => t.key)).toEqual(['handoff', 'older', 'overdue', 'soon', 'later']);
  });
});

describe('reviews to decide', () => {
  const review = {
    id: 'r1',
    title: '关于…的决策',
    subjectLabel: '重大行政决策',
    submittedOn: '2024-05-06',
    dueOn: '2024-05-15',
    howComputed: 'x',
    submittedById: 'u-sub',
    subjectAuthorIds: ['u-author'],
  };

  it('lists pending reviews for legal reviewers, never to their author or submitter', () => {
    expect(reviewTodos([review], { userId: 'u-rev', roles: ['LEGAL_REVIEWER'] }, at('2024-05-07'))).toHaveLength(1);
    expect(reviewTodos([review], { userId: 'u-author', roles: ['LEGAL_REVIEWER'] }, at('2024-05-07'))).toHaveLength(0);
    expect(reviewTodos([review], { userId: 'u-sub', roles: ['LEGAL_REVIEWER'] }, at('2024-05-07'))).toHaveLength(0);
    expect(reviewTodos([review], { userId: 'u-rev', roles: ['EDITOR'] }, at('2024-05-07'))).toHaveLength(0);
  });

  it('a review due tomorrow is due soon', () => {
    const [todo] = reviewTodos([{ ...review, dueOn: '2024-05-08' }], { userId: 'u-rev', roles: ['LEGAL_REVIEWER'] }, at('2024-05-07'));
    expect(todo).toMatchObject({ urgency: 'due-soon', remainingWorkingDays: 1, due: '2024-05-08' });
  });
});

describe('hand-offs', () => {
  const kase = { closed: false, decided: false, hearingDone: false, officerUserIds: ['o1', 'o2'] };
  const request = (overrides: Partial<HandoffRequest> = {}): HandoffRequest => ({
    kind: 'DECISION',
    senderId: 'o1',
    receiver: { id: 'd1', roles: ['DIRECTOR'], active: true },
    kase,
    alreadyOpen: false,
    ...overrides,
  });
  const codes = (r: HandoffRequest) => handoffBlockers(r).map((b) => b.code);

  it('lets an officer on the case hand it to the head', () => {
    expect(codes(request())).toEqual([]);
  });

  it('refuses a sender off the case, a receiver without the role, a disabled one, a duplicate, a decided case', () => {
    expect(codes(request({ senderId: 'o9' }))).toEqual(['handoff.notOnCase']);
    expect(codes(request({ receiver: { id: 'e1', roles: ['EDITOR'], active: true } }))).toEqual(['handoff.wrongReceiver']);
    expect(codes(request({ receiver: { id: 'd1', roles: ['DIRECTOR'], active: false } }))).toEqual(['handoff.noReceiver']);
    expect(codes(request({ alreadyOpen: true }))).toEqual(['handoff.duplicate']);
    expect(codes(request({ kase: { ...kase, decided: true } }))).toEqual(['handoff.decided']);
    expect(codes(request({ kind: 'HEARING', receiver: { id: 'o2', roles: ['OFFICER', 'HEARING_HOST'], active: true } }))).toEqual(['handoff.hostOnCase']);
  });

  it('is done when the step it asks for is recorded', () => {
    const facts = { ...kase, reviewedSinceHandoff: false };
    expect(handoffDone('DECISION', facts)).toBe(false);
    expect(handoffDone('DECISION', { ...facts, decided: true })).toBe(true);
    expect(handoffDone('HEARING', { ...facts, hearingDone: true })).toBe(true);
    expect(handoffDone('REVIEW', { ...facts, reviewedSinceHandoff: true })).toBe(true);
  });

  it('is due at the case limit when there is one, otherwise 3 working days after it was handed over', () => {
    const base = { id: 'h1', kind: 'DECISION' as const, caseId: 'c1', caseNumber: '民罚〔2024〕1号', caseTitle: '某案', fromName: '张执法', handedOn: '2024-09-27', note: '' };
    const [withLimit] = handoffTodos([{ ...base, caseLimit: { due: '2024-10-08', howComputed: '自…起算90日' } }], at('2024-09-27'));
    expect(withLimit).toMatchObject({ due: '2024-10-08', handedOverBy: '张执法', action: '报请决定：民罚〔2024〕1号' });
    const [without] = handoffTodos([{ ...base, caseLimit: null }], at('2024-09-27'));
    // The make-up Sunday 29 Sep, Mon 30 Sep, then Tue 8 Oct after the National Day break.
    expect(without!.due).toBe('2024-10-08');
    expect(without!.howComputed).toContain('国庆节');
  });
});

describe('case limits', () => {
  const fact: CaseTodoFact = {
    id: 'c1',
    caseNumber: '民罚〔2024〕1号',
    title: '某案',
    type: 'PENALTY',
    procedure: 'GENERAL',
    filedOn: '2024-07-03',
    decidedOn: null,
    servedOn: null,
    partyPresentAtDecision: false,
    extension: null,
    hearing: null,
    officerUserIds: ['o1'],
  };
  const context = { ...at('2024-09-30'), settings: DEFAULT_ENFORCEMENT_SETTINGS };

  it('shows the 90-day limit, rolled past the National Day break, to the officers on the case', () => {
    const [todo] = caseTodos([fact], { userId: 'o1', roles: ['OFFICER'] }, context);
    expect(todo).toMatchObject({ due: '2024-10-08', area: 'CASE' });
    expect(todo!.howComputed).toContain('顺延');
    expect(caseTodos([fact], { userId: 'o9', roles: ['OFFICER'] }, context)).toEqual([]);
  });

  it('asks the head to approve a requested extension', () => {
    const todos = caseTodos([{ ...fact, extension: { until: '2024-11-30', approved: false } }], { userId: 'd1', roles: ['DIRECTOR'] }, context);
    expect(todos.map((t) => t.action)).toEqual(['审批延长办案期限（民罚〔2024〕1号）']);
  });
});

describe('yearly statutory dates', () => {
  it('reminds the head from mid-December of the 31 January dates, and keeps an unpublished report overdue', () => {
    const ctx = at('2024-12-20');
    expect(statutoryTodos({}, { roles: ['DIRECTOR'] }, ctx).map((t) => t.due)).toEqual(['2025-01-31', '2025-01-31']);
    const april = statutoryTodos({ 'rule-of-law-report': true, 'rule-of-law-report-published': false }, { roles: ['DIRECTOR'] }, at('2024-04-10'));
    expect(april.map((t) => [t.key, t.urgency])).toEqual([['statutory:rule-of-law-report-published:2024', 'overdue']]);
    expect(statutoryTodos({}, { roles: ['OFFICER'] }, ctx)).toEqual([]);
  });
});
