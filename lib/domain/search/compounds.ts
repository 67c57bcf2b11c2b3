// Without word segmentation, a two-character query also matches where its characters belong to
// two different words: 民政 (civil affairs) occurs inside 人民政府 (人民|政府, "people's
// government"), which nearly every official text contains. Such an occurrence still counts as a
// hit (the text may be relevant, and dropping it would need a segmenter), but it neither ranks the
// item higher as a title match nor gets highlighted. The list is small and curated: the spurious
// matches that actually bother readers of a civil-affairs site.
const SPURIOUS: Record<string, readonly string[]> = {
  民政: ['人民政府', '国民政府'], // 人民|政府
  民法: ['人民法院'], // 人民|法院
  政法: ['行政法'], // 行政|法规, 行政|法律
  市民: ['城市民生'], // 城市|民生
  老人: ['养老人员'], // 养老|人员
};

/** Longer words inside which `term` is not the word the visitor meant. */
export function spuriousCompounds(term: string): readonly string[] {
  return Object.hasOwn(SPURIOUS, term) ? SPURIOUS[term]! : [];
}

/** `text` with the spurious compounds of `term` blanked out (same length is not preserved). */
export function withoutSpurious(text: string, term: string): string {
  let out = text;
  for (const compound of spuriousCompounds(term)) out = out.split(compound).join(' ');
  return out;
}
