// Marks where the search terms occur in a text, for <mark> highlighting. Returns plain segments:
// the renderer (React) escapes them, so a title containing markup can never become markup.
import { spuriousCompounds } from './compounds';

export type Segment = { text: string; match: boolean };

type Range = { start: number; end: number };

function matchRanges(text: string, terms: readonly string[]): Range[] {
  // Lower-casing changes the length of a few characters (İ); then compare case-sensitively.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : text;
  const ranges: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    const excluded: Range[] = [];
    for (const compound of spuriousCompounds(term)) {
      for (let at = lower.indexOf(compound); at !== -1; at = lower.indexOf(compound, at + 1)) {
        excluded.push({ start: at, end: at + compound.length });
      }
    }
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      const range = { start: at, end: at + term.length };
      if (!excluded.some((e) => e.start <= range.start && range.end <= e.end)) ranges.push(range);
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** `text` cut into matching and non-matching segments (lower-case comparison). */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** Whether `text` truly contains `term` (not only inside a spurious compound). */
export function containsTerm(text: string, term: string): boolean {
  return matchRanges(text, [term]).length > 0;
}

/**
 * About `length` characters of `text` around the first true match (whole text when shorter),
 * with an ellipsis where it was cut. Markdown markers are dropped first so the excerpt reads as text.
 */
export function excerpt(text: string, terms: readonly string[], length = 120): string {
  const plain = text
    .replace(/[#>*_`|[\]]+/g, ' ')
    .replace(/\(\s*(https?:|\/)[^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(plain);
  if (chars.length <= length) return plain;
  const first = matchRanges(plain, terms)[0];
  // Positions from indexOf are UTF-16 offsets; convert to a character index for slicing.
  const firstChar = first ? Array.from(plain.slice(0, first.start)).length : 0;
  const start = Math.max(0, Math.min(firstChar - Math.floor(length / 3), chars.length - length));
  const body = chars.slice(start, start + length).join('');
  return `${start > 0 ? '…' : ''}${body}${start + length < chars.length ? '…' : ''}`;
}
