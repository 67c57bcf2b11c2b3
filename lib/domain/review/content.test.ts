import { describe, expect, it } from 'vitest';
import { diffReviewContent, diffText, parseReviewContent, previewKind, type ReviewContent } from './content';

const file = (fileName: string, sha256: string) => ({ id: `${fileName}-${sha256}`, fileName, mimeType: 'application/pdf', size: 10, sha256 });
const content = (over: Partial<ReviewContent>): ReviewContent => ({ sections: [], publicBody: null, files: [], evidence: [], ...over });

describe('review content diff', () => {
  it('marks changed characters within a changed line, keeping the rest', () => {
    const parts = diffText('第一段。\n请于月底前报送。', '第一段。\n请于25日前报送。');
    expect(
      parts
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('第一段。');
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('25日');
    expect(
      parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('月底');
  });

  it('reports sections added, removed and changed, and files added, removed and replaced', () => {
    const before = content({
      sections: [
        { label: '标题', text: 'A' },
        { label: '文号', text: '1号' },
      ],
      files: [file('a.pdf', 'x'), file('b.pdf', 'y')],
    });
    const after = content({
      sections: [
        { label: '标题', text: 'B' },
        { label: '有效期', text: '五年' },
      ],
      files: [file('a.pdf', 'z'), file('c.pdf', 'w')],
    });
    const diff = diffReviewContent(before, after);
    expect(diff.sections.map((s) => [s.label, s.change])).toEqual([
      ['标题', 'changed'],
      ['有效期', 'added'],
      ['文号', 'removed'],
    ]);
    expect(diff.files.map((f) => [f.change, f.file.fileName])).toEqual([
      ['replaced', 'a.pdf'],
      ['added', 'c.pdf'],
      ['removed', 'b.pdf'],
    ]);
    expect(diffReviewContent(after, after)).toEqual({ sections: [], files: [], evidence: [] });
  });

  it('reads stored snapshots defensively and previews only PDF and images', () => {
    expect(parseReviewContent(null)).toBeNull();
    expect(parseReviewContent({ sections: 'x' })).toBeNull();
    expect(parseReviewContent({ sections: [], files: [] })).toEqual(content({}));
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('download');
  });
});
