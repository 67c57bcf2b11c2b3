/** An uploaded file's name as kept: the last path segment, without control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  return Array.from(base.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .slice(-200)
    .join('');
}
