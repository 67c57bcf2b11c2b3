// Words visitors type that official texts write differently. Without them a visitor searching
// 养老院 (the everyday word) finds nothing: the bureau's texts say 养老机构 (the legal term), and
// the bigram index can only find the characters typed. Each entry is searched as "this word OR
// any of these"; the list is small and curated, like the spurious compounds (compounds.ts).
const SYNONYMS: Record<string, readonly string[]> = {
  养老院: ['养老机构', '敬老院'],
  敬老院: ['养老机构', '养老院'],
  福利院: ['儿童福利机构', '社会福利院'],
  低保: ['最低生活保障'],
  低保户: ['最低生活保障家庭', '低保家庭'],
  非法社团: ['非法社会组织'],
  社团: ['社会团体'],
};

/** The other spellings a search for `term` also accepts (none for most words). */
export function synonymsOf(term: string): readonly string[] {
  // Own keys only: a visitor's "constructor" or "__proto__" is not an entry of the list.
  return Object.hasOwn(SYNONYMS, term) ? SYNONYMS[term]! : [];
}

/** `term` and its other spellings: a text matches the term when it contains any of them. */
export function alternativesOf(term: string): string[] {
  return [term, ...synonymsOf(term)];
}
