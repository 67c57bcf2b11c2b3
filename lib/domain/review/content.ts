// What a reviewer reads: the subject's content as it was submitted for one round, kept with the
// round (LegalReview.snapshot) so a later round can show what changed since. Pure: built by each
// subject's adapter, compared here.
import { diffChars, diffLines } from 'diff';

export type ReviewContentFile = {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
};

export type ReviewContentEvidence = {
  id: string;
  kind: string; // Chinese name of the kind
  fileName: string;
  sha256: string;
  capturedAt: string; // ISO date-time
};

export type ReviewContent = {
  // Labelled parts of the text under review, in reading order (标题, 正文, 案件事实, 拟处罚…).
  sections: { label: string; text: string }[];
  // Which section (by label) is the body the public will read, rendered as on the public site.
  publicBody: string | null;
  files: ReviewContentFile[];
  evidence: ReviewContentEvidence[];
};

export const EMPTY_REVIEW_CONTENT: ReviewContent = { sections: [], publicBody: null, files: [], evidence: [] };

/** The stored JSON of a round, or null for a round submitted before snapshots were kept. */
export function parseReviewContent(value: unknown): ReviewContent | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<ReviewContent>;
  if (!Array.isArray(v.sections) || !Array.isArray(v.files)) return null;
  return {
    sections: v.sections.filter((s) => s && typeof s.label === 'string' && typeof s.text === 'string'),
    publicBody: typeof v.publicBody === 'string' ? v.publicBody : null,
    files: v.files.filter((f) => f && typeof f.id === 'string' && typeof f.sha256 === 'string'),
    evidence: Array.isArray(v.evidence) ? v.evidence.filter((e) => e && typeof e.id === 'string') : [],
  };
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export type SectionDiff = { label: string; change: 'added' | 'removed' | 'changed'; parts: DiffPart[] };

type Named = { fileName: string; sha256: string };

export type FileChange<T extends Named = ReviewContentFile> = { change: 'added'; file: T } | { change: 'removed'; file: T } | { change: 'replaced'; file: T; previous: T };

export type ReviewContentDiff = { sections: SectionDiff[]; files: FileChange[]; evidence: FileChange<ReviewContentEvidence>[] };

const toParts = (changes: { added?: boolean; removed?: boolean; value: string }[]): DiffPart[] =>
  changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));

/**
 * The text diff of one section: line by line, and within a changed line character by character
 * (Chinese has no spaces between words, so a word diff would mark the whole sentence).
 */
export function diffText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const lines = diffLines(before, after);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (line.removed && next?.added) {
      parts.push(...toParts(diffChars(line.value, next.value)));
      i += 1;
    } else {
      parts.push(...toParts([line]));
    }
  }
  // Neighbouring parts of the same kind read as one.
  return parts.reduce<DiffPart[]>((out, part) => {
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else if (part.text !== '') out.push({ ...part });
    return out;
  }, []);
}

function diffFiles<T extends Named>(before: readonly T[], after: readonly T[]): FileChange<T>[] {
  const out: FileChange<T>[] = [];
  const beforeHashes = new Set(before.map((f) => f.sha256 + '\u001f' + f.fileName));
  const afterHashes = new Set(after.map((f) => f.sha256 + '\u001f' + f.fileName));
  const gone = before.filter((f) => !afterHashes.has(f.sha256 + '\u001f' + f.fileName));
  const fresh = after.filter((f) => !beforeHashes.has(f.sha256 + '\u001f' + f.fileName));
  for (const file of fresh) {
    // A file of the same name with other content replaces the earlier one.
    const previous = gone.find((g) => g.fileName === file.fileName);
    if (previous) {
      out.push({ change: 'replaced', file, previous });
      gone.splice(gone.indexOf(previous), 1);
    } else {
      out.push({ change: 'added', file });
    }
  }
  for (const file of gone) out.push({ change: 'removed', file });
  return out;
}

/** What changed between two rounds' content: sections (text diff), files and evidence. */
export function diffReviewContent(before: ReviewContent, after: ReviewContent): ReviewContentDiff {
  const sections: SectionDiff[] = [];
  const previous = new Map(before.sections.map((s) => [s.label, s.text]));
  const labels = new Set(after.sections.map((s) => s.label));
  for (const section of after.sections) {
    const old = previous.get(section.label);
    if (old === undefined) sections.push({ label: section.label, change: 'added', parts: [{ kind: 'added', text: section.text }] });
    else if (old !== section.text) sections.push({ label: section.label, change: 'changed', parts: diffText(old, section.text) });
  }
  for (const section of before.sections) {
    if (!labels.has(section.label)) sections.push({ label: section.label, change: 'removed', parts: [{ kind: 'removed', text: section.text }] });
  }
  return { sections, files: diffFiles(before.files, after.files), evidence: diffFiles(before.evidence, after.evidence) };
}

export function isEmptyDiff(diff: ReviewContentDiff): boolean {
  return diff.sections.length === 0 && diff.files.length === 0 && diff.evidence.length === 0;
}

/** How the review page shows a file: PDF and images inline, anything else as a download. */
export function previewKind(mimeType: string): 'pdf' | 'image' | 'download' {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType === 'image/png' || mimeType === 'image/jpeg' || mimeType === 'image/gif' || mimeType === 'image/webp') return 'image';
  return 'download';
}
