import { createHash } from 'node:crypto';

/** sha256 over the reviewed fields, separated by U+001F as the disclosure trigger does. */
export function contentHash(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u001f'), 'utf8').digest('hex');
}
