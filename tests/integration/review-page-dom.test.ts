import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DecideReviewForm, ExtendReviewForm, ExternalOpinionForm } from '@/app/(staff)/staff/reviews/review-forms';
import { CHECKLIST_KINDS, CHECKLISTS, CHECKPOINT_KEYS, CHECKPOINT_LABELS } from '@/lib/domain/review/checkpoints';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({ redirect: vi.fn() }));

// The review page's accessible DOM is a contract with the end-to-end tests (getByLabel matches
// label text as a substring, so each name must appear in exactly one label).
function labelsIn(html: string): { for: string; text: string }[] {
  return [...html.matchAll(/<label([^>]*)>(.*?)<\/label>/gs)].map((m) => ({
    for: /for="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    text: (m[2] ?? '').replace(/<[^>]+>/g, ''),
  }));
}

describe('review page DOM contract', () => {
  const decide = renderToStaticMarkup(createElement(DecideReviewForm, { reviewId: 'r1', checklist: 'ENFORCEMENT_DECISION', blocked: false, blockersId: 'decide-blockers' }));
  const extend = renderToStaticMarkup(createElement(ExtendReviewForm, { reviewId: 'r1', blocked: true, blockersId: 'extend-blockers' }));
  const external = renderToStaticMarkup(createElement(ExternalOpinionForm, { reviewId: 'r1' }));
  const page = decide + extend + external;

  it('labels each checkpoint note with its Chinese name, and no other label contains it', () => {
    const labels = labelsIn(page);
    for (const key of CHECKPOINT_KEYS) {
      const name = CHECKPOINT_LABELS[key];
      const matching = labels.filter((label) => label.text.includes(name));
      expect(matching).toEqual([{ for: `note-${key}`, text: name }]);
      expect(decide).toContain(`<textarea id="note-${key}" name="note_${key}"`);
    }
  });

  it('offers the outcomes 同意 / 退回修改 / 提请移送, the 审核意见 field and the 提交审核意见 button', () => {
    const labels = labelsIn(page);
    for (const [value, name] of [
      ['APPROVED', '同意'],
      ['RETURNED', '退回修改'],
      ['REFERRED', '提请移送'],
    ] as const) {
      expect(labels.filter((label) => label.text.includes(name))).toHaveLength(1);
      expect(labels.find((label) => label.text === name)?.for).toBe(`outcome-${value}`);
      expect(decide).toMatch(new RegExp(`<input id="outcome-${value}" type="radio"[^>]* name="outcome" value="${value}"`));
    }
    expect(labels.filter((label) => label.text.includes('审核意见'))).toEqual([{ for: 'opinion', text: '审核意见' }]);
    expect(decide).toMatch(/<button type="submit"[^>]*>提交审核意见<\/button>/);
    expect(page).not.toMatch(/aria-label(ledby)?="[^"]*(审核意见|同意)/);
  });

  it('renders the checklist of the subject type, every point undecided at first', () => {
    for (const checklist of CHECKLIST_KINDS) {
      const html = renderToStaticMarkup(createElement(DecideReviewForm, { reviewId: 'r1', checklist, blocked: false, blockersId: 'b' }));
      const notes = [...html.matchAll(/<textarea id="note-([A-Z_]+)"/g)].map((m) => m[1]);
      expect(notes).toEqual([...CHECKLISTS[checklist]]);
      expect(html).toContain(`<input type="hidden" name="checklist" value="${checklist}"/>`);
      expect(html).not.toMatch(/name="passed_[A-Z_]+" value="(true|false)" checked/);
      const labels = labelsIn(html + extend + external);
      for (const key of CHECKLISTS[checklist]) {
        expect(labels.filter((label) => label.text.includes(CHECKPOINT_LABELS[key]))).toEqual([{ for: `note-${key}`, text: CHECKPOINT_LABELS[key] }]);
      }
    }
  });

  it('disables a blocked form and links the button to its reasons', () => {
    const blocked = renderToStaticMarkup(createElement(DecideReviewForm, { reviewId: 'r1', checklist: 'ENFORCEMENT_DECISION', blocked: true, blockersId: 'decide-blockers' }));
    expect(blocked).toMatch(/<button type="submit" disabled="" aria-describedby="decide-blockers"[^>]*>提交审核意见<\/button>/);
    expect(extend).toMatch(/<button type="submit" disabled="" aria-describedby="extend-blockers"/);
  });
});
