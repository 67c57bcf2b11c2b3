import { describe, expect, it } from 'vitest';
import { containsTerm, excerpt, highlight } from './highlight';

describe('highlight', () => {
  it('marks every occurrence, case-insensitively, keeping the original text', () => {
    expect(highlight('养老服务与居家养老', ['养老'])).toEqual([
      { text: '养老', match: true },
      { text: '服务与居家', match: false },
      { text: '养老', match: true },
    ]);
    expect(highlight('About PDF files', ['pdf'])).toEqual([
      { text: 'About ', match: false },
      { text: 'PDF', match: true },
      { text: ' files', match: false },
    ]);
  });

  it('merges overlapping matches of several terms', () => {
    expect(highlight('养老服务', ['养老', '老服'])).toEqual([
      { text: '养老服', match: true },
      { text: '务', match: false },
    ]);
  });

  it('does not mark 民政 inside 人民政府', () => {
    expect(highlight('区人民政府与区民政局', ['民政'])).toEqual([
      { text: '区人民政府与区', match: false },
      { text: '民政', match: true },
      { text: '局', match: false },
    ]);
    expect(containsTerm('区人民政府通知', '民政')).toBe(false);
    expect(containsTerm('区民政局通知', '民政')).toBe(true);
  });

  it('returns text segments only: markup stays text for the renderer to escape', () => {
    expect(highlight('<script>养老</script>', ['养老'])).toEqual([
      { text: '<script>', match: false },
      { text: '养老', match: true },
      { text: '</script>', match: false },
    ]);
  });
});

describe('excerpt', () => {
  it('cuts around the first match with ellipses, dropping Markdown markers', () => {
    const text = `## 标题\n\n${'前文'.repeat(100)}**养老**服务${'后文'.repeat(100)}`;
    const out = excerpt(text, ['养老'], 40);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('养老');
    expect(out).not.toContain('*');
  });

  it('returns a short text whole', () => {
    expect(excerpt('短文本', ['短'])).toBe('短文本');
  });
});
