// A query-string parameter as a visitor's text: the first value when repeated, control characters
// (a NUL byte makes PostgreSQL refuse the whole statement: HTTP 500) and U+FFFD (what undecodable
// bytes become) replaced by spaces, trimmed. Pages echo the result back, so no control character
// ends up in the HTML either.
export function queryParamText(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').replace(/[\p{Cc}\uFFFD]/gu, ' ').trim();
}
