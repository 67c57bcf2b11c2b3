import { describe, expect, it } from 'vitest';
import { describeDueDate } from '@/lib/domain/calendar';
import { calendar, penaltyCase, settings } from './case.fixture';
import type { CaseFacts } from './case-facts';
import { caseDeadlines, decisionDue, nearestOpenDeadline, publicityDue, publicityWorkingDays, withdrawalDue } from './deadlines';

const at = (today: string) => ({ calendar, settings, today });
const find = (facts: CaseFacts, today: string, key: string) => caseDeadlines(facts, at(today)).find((d) => d.key === key);

describe('the decision limit (art. 60): 90 days from filing, a flag not a refusal', () => {
  it('rolls a last day on the National Day holiday to the next working day', () => {
    const { due, explanation } = decisionDue('2024-07-03', { calendar, settings });
    expect(due).toBe('2024-10-08');
    expect(explanation.nominalEnd).toBe('2024-10-01');
    expect(describeDueDate(explanation)).toContain('国庆节');
  });

  it('goes from ok to due-soon to overdue, and then asks for an extension', () => {
    const c = penaltyCase();
    expect(find(c, '2024-09-20', 'DECISION')).toMatchObject({ status: 'ok', due: '2024-10-08', needsExtension: false });
    expect(find(c, '2024-10-08', 'DECISION')).toMatchObject({ status: 'due-soon', remainingWorkingDays: 0 });
    expect(find(c, '2024-10-09', 'DECISION')).toMatchObject({
      status: 'overdue',
      needsExtension: true,
      citation: '《中华人民共和国行政处罚法》第六十条',
    });
  });

  it('is not overdue while an approved extension runs, and keeps the statutory explanation', () => {
    const extended = find(penaltyCase({ extension: { approved: true, until: '2024-11-08' } }), '2024-10-09', 'DECISION');
    expect(extended).toMatchObject({ status: 'ok', due: '2024-11-08', extendedUntil: '2024-11-08', needsExtension: false });
    expect(extended?.explanation.due).toBe('2024-10-08');
    const pending = find(penaltyCase({ extension: { approved: false, until: '2024-11-08' } }), '2024-10-09', 'DECISION');
    expect(pending).toMatchObject({ status: 'overdue', needsExtension: true });
  });

  it('is met by the decision, or by closing without one', () => {
    const decided = penaltyCase({ state: 'DECISION', decision: { decidedOn: '2024-09-20', partyPresent: true } });
    expect(find(decided, '2024-12-01', 'DECISION')).toMatchObject({ status: 'met', metOn: '2024-09-20', needsExtension: false });
    expect(find(penaltyCase({ state: 'NO_PENALTY' }), '2024-12-01', 'DECISION')?.status).toBe('met');
  });

  it('applies to bans but not to the summary procedure or to non-penalty cases', () => {
    expect(find(penaltyCase({ type: 'ILLEGAL_SOCIAL_ORG_BAN' }), '2024-08-01', 'DECISION')).toBeDefined();
    expect(caseDeadlines(penaltyCase({ procedure: 'SUMMARY', state: 'ON_SPOT_NOTICE' }), at('2024-08-01'))).toEqual([]);
    expect(caseDeadlines(penaltyCase({ type: 'ASSISTANCE_HOUSEHOLD_SURVEY', state: 'HOME_VISIT' }), at('2024-08-01'))).toEqual([]);
  });
});

describe('service (art. 61)', () => {
  it("is due 7 working days after a decision made in the party's absence", () => {
    const absent = penaltyCase({ state: 'DECISION', filedOn: '2024-01-05', decision: { decidedOn: '2024-02-08', partyPresent: false } });
    expect(find(absent, '2024-02-20', 'SERVICE')).toMatchObject({ due: '2024-02-23', status: 'due-soon' });
    const served = { ...absent, decision: { ...absent.decision!, servedOn: '2024-02-19' } };
    expect(find(served, '2024-03-01', 'SERVICE')).toMatchObject({ status: 'met', metOn: '2024-02-19' });
  });

  it('does not apply when the decision was handed over on the spot', () => {
    const present = penaltyCase({ state: 'DECISION', decision: { decidedOn: '2024-09-20', partyPresent: true } });
    expect(find(present, '2024-09-20', 'SERVICE')).toBeUndefined();
  });
});

describe('after-decision publicity and withdrawal', () => {
  it('gives penalties 7 working days and other decisions 20', () => {
    expect(publicityWorkingDays('PENALTY', settings)).toBe(7);
    expect(publicityWorkingDays('ILLEGAL_SOCIAL_ORG_BAN', settings)).toBe(20);
    expect(publicityDue('PENALTY', '2024-03-01', { calendar, settings }).due).toBe('2024-03-12');
    expect(publicityDue('ILLEGAL_SOCIAL_ORG_BAN', '2024-03-01', { calendar, settings }).due).toBe('2024-03-29');
  });

  it('flags publicity until it is published, counting a make-up Sunday', () => {
    const decided = penaltyCase({ state: 'DECISION', decision: { decidedOn: '2024-09-20', partyPresent: true } });
    expect(find(decided, '2024-10-08', 'PUBLICITY')).toMatchObject({ due: '2024-09-30', status: 'overdue' });
    const published = { ...decided, decision: { ...decided.decision!, publishedOn: '2024-09-27' } };
    expect(find(published, '2024-10-08', 'PUBLICITY')).toMatchObject({ status: 'met', metOn: '2024-09-27' });
  });

  it("withdraws a revoked decision's publicity within 3 working days", () => {
    expect(withdrawalDue('2024-04-03', { calendar, settings }).due).toBe('2024-04-09');
    const decision = { decidedOn: '2024-03-01', partyPresent: true, publishedOn: '2024-03-08', revokedOn: '2024-04-03' };
    const revoked = penaltyCase({ state: 'EXECUTION', filedOn: '2024-01-10', decision });
    expect(find(revoked, '2024-04-10', 'WITHDRAWAL')).toMatchObject({ due: '2024-04-09', status: 'overdue', citation: '《中华人民共和国行政处罚法》第四十八条' });
    const withdrawn = { ...revoked, decision: { ...decision, withdrawnOn: '2024-04-08' } };
    expect(find(withdrawn, '2024-04-10', 'WITHDRAWAL')?.status).toBe('met');
  });

  it('has nothing to withdraw when the decision was revoked before publication', () => {
    const decision = { decidedOn: '2024-03-01', partyPresent: true, revokedOn: '2024-03-04' };
    const c = penaltyCase({ state: 'EXECUTION', filedOn: '2024-01-10', decision });
    expect(find(c, '2024-04-10', 'WITHDRAWAL')).toBeUndefined();
    expect(find(c, '2024-04-10', 'PUBLICITY')?.status).toBe('met');
  });
});

describe('nearestOpenDeadline', () => {
  it('picks the earliest open deadline and skips met ones', () => {
    const decision = { decidedOn: '2024-09-20', partyPresent: false };
    const deadlines = caseDeadlines(penaltyCase({ state: 'DECISION', decision }), at('2024-09-23'));
    expect(deadlines.map((d) => d.key)).toEqual(['DECISION', 'SERVICE', 'PUBLICITY']);
    expect(nearestOpenDeadline(deadlines)?.key).toBe('SERVICE');
    expect(nearestOpenDeadline(deadlines.filter((d) => d.status === 'met'))).toBeUndefined();
  });
});
