// The one way to put user-supplied text into a LIKE / ILIKE pattern (issue 10).
//
// Prisma does NOT escape LIKE's wildcards: `contains: q` becomes `LIKE '%' || q || '%'`, and
// `equals: q, mode: 'insensitive'` becomes `ILIKE q`, so a visitor typing `%%` or `_` matched
// every row. PostgreSQL's default LIKE escape character is the backslash; escaping `\`, `%` and
// `_` with it makes the text match itself only. Pure (no Prisma, no server-only): the search
// statement (lib/queries/public/search-sql.ts) is also EXPLAINed by the benchmark.

/** The text with LIKE's wildcards and escape character escaped (for Prisma contains/startsWith/insensitive equals). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A raw-SQL LIKE pattern matching `text` anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** Prisma filter: the column contains `text` literally. */
export function containsText(text: string): { contains: string } {
  return { contains: escapeLike(text) };
}

/** Prisma filter: the column contains `text` literally, letter case ignored. */
export function containsTextIgnoringCase(text: string): { contains: string; mode: 'insensitive' } {
  return { contains: escapeLike(text), mode: 'insensitive' };
}

/** Prisma filter: the column equals `text`, letter case ignored (Prisma sends ILIKE). */
export function equalsIgnoringCase(text: string): { equals: string; mode: 'insensitive' } {
  return { equals: escapeLike(text), mode: 'insensitive' };
}
