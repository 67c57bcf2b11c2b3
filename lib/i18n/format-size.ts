// File sizes as people read them, one way across the portal (pure: server and client components).

/** A file's size: "512 字节", "12.3 KB", "4.5 MB", "1.25 GB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
}

/** An upload limit in whole units, as the refusal messages word it: "8MB", "512KB", "10字节". */
export function formatSizeLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.floor(bytes / 1024 / 1024)}MB`;
  return bytes >= 1024 ? `${Math.floor(bytes / 1024)}KB` : `${bytes}字节`;
}
