// Parsing a visitor's search box into terms the bigram index can serve. Pure: no database.
//
// The database keeps, for every disclosure, the set of distinct character bigrams of
// `title summary body` (lower-cased, whitespace collapsed: SQL function cjk_bigrams). A term of
// two or more characters is findable through that set: every bigram of the term must be in it.
// For a term of exactly two characters the containment is exact (the term is one bigram and holds
// no whitespace, so it cannot straddle two fields); a longer term also needs a LIKE recheck;
// a single character has no bigram and is matched by LIKE alone.

export const MAX_QUERY_LENGTH = 40;
export const MAX_TERMS = 5;

export type SearchQuery = {
  /** Distinct lower-cased terms, in the order typed. */
  terms: string[];
  /** Bigrams every match must contain (from the terms of two or more characters). */
  bigrams: string[];
  /** Terms the bigram containment does not decide exactly: they need a LIKE recheck. */
  recheckTerms: string[];
};

/** Bigrams of a text exactly as SQL cjk_bigrams() computes them (as a set). */
export function cjkBigrams(text: string): string[] {
  const chars = Array.from(normalise(text));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/** True when the visitor typed more than the search reads (the page says so). */
export function isQueryTooLong(raw: string | null | undefined): boolean {
  return !!raw && Array.from(raw.trim()).length > MAX_QUERY_LENGTH;
}

/** Splits the raw box content into at most MAX_TERMS distinct terms; null when nothing to search. */
export function parseSearchQuery(raw: string | null | undefined): SearchQuery | null {
  if (!raw) return null;
  // No Unicode normalisation: the stored bigrams are of the text as written.
  const cleaned = Array.from(raw).slice(0, MAX_QUERY_LENGTH).join('');
  // Punctuation in a query separates terms, like spaces; so do control characters (a NUL byte
  // would make PostgreSQL refuse the whole statement) and U+FFFD, what undecodable bytes become.
  const terms = [
    ...new Set(
      normalise(cleaned)
        .split(/[\s\p{Cc}\uFFFD,，。、;；:："“”'‘’!！?？()（）《》【】[\]]+/u)
        .filter(Boolean),
    ),
  ].slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  const bigrams = new Set<string>();
  const recheckTerms: string[] = [];
  for (const term of terms) {
    const length = Array.from(term).length;
    if (length !== 2) recheckTerms.push(term);
    if (length >= 2) for (const bigram of cjkBigrams(term)) bigrams.add(bigram);
  }
  return { terms, bigrams: [...bigrams], recheckTerms };
}
