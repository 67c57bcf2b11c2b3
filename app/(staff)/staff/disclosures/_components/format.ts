// Display helpers for staff pages (the bureau's time zone, whatever the server's).
export function formatDateTime(value: Date | null | undefined): string {
  if (!value) return '—';
  return value.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
