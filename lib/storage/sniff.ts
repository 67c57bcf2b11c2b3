import { ALLOWED_TYPES, type FileKind } from './attachment-store';

// Content type from the file's own bytes (magic numbers), never from its name or the browser.
// docx and xlsx are both ZIP containers: the part names inside tell them apart.
export function sniffKind(head: Uint8Array, zipNames: string): FileKind | null {
  const starts = (bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    if (zipNames.includes('word/document.xml')) return 'docx';
    if (zipNames.includes('xl/workbook.xml')) return 'xlsx';
  }
  return null;
}

const EXTENSIONS: Record<string, FileKind> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', png: 'png', jpg: 'jpeg', jpeg: 'jpeg' };

export function kindFromFileName(fileName: string): FileKind | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

export function kindFromMimeType(mimeType: string): FileKind | null {
  const normalised = mimeType.split(';')[0]!.trim().toLowerCase();
  if (normalised === 'image/jpg' || normalised === 'image/pjpeg') return 'jpeg';
  const entry = Object.entries(ALLOWED_TYPES).find(([, type]) => type === normalised);
  return entry ? (entry[0] as FileKind) : null;
}

// Browsers send application/octet-stream or nothing for types they do not know.
export function isGenericMimeType(mimeType: string): boolean {
  const normalised = mimeType.split(';')[0]!.trim().toLowerCase();
  return normalised === '' || normalised === 'application/octet-stream';
}
