// Display helpers for staff pages (the bureau's time zone, whatever the server's).
export function formatDateTime(value: Date | null | undefined): string {
  if (!value) return '—';
  return value.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
