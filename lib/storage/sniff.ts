import { STORED_TYPES, type StoredKind } from './attachment-store';

const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

// Content type from the file's own bytes (magic numbers), never from its name or the browser.
// docx and xlsx are both ZIP containers: the part names inside tell them apart. MP4, MOV and M4A
// are ISO base media files: the major brand of the leading `ftyp` box tells them apart.
export function sniffKind(head: Uint8Array, zipNames: string): StoredKind | null {
  const starts = (bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    if (zipNames.includes('word/document.xml')) return 'docx';
    if (zipNames.includes('xl/workbook.xml')) return 'xlsx';
    return null;
  }
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'qt  ') return 'mov';
    if (brand === 'M4A ' || brand === 'M4B ') return 'm4a';
    if (/^[\x20-\x7e]{4}$/.test(brand)) return 'mp4'; // isom, mp41, mp42, avc1, iso2…
    return null;
  }
  // QuickTime files written without an ftyp box start with a moov/mdat/wide/free atom.
  if (head.length >= 8 && ['moov', 'mdat', 'wide'].includes(ascii(head, 4, 8))) return 'mov';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'wav';
  if (head.length >= 3 && ascii(head, 0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame: 11 sync bits, then MPEG version and layer III (AAC/ADTS has layer 00).
  if (head.length >= 4 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) === 0x02 && (head[1]! & 0x18) !== 0x08) {
    return 'mp3';
  }
  return null;
}

const EXTENSIONS: Record<string, StoredKind> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  mp4: 'mp4',
  m4v: 'mp4',
  mov: 'mov',
  mp3: 'mp3',
  wav: 'wav',
  m4a: 'm4a',
};

export function kindFromFileName(fileName: string): StoredKind | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

const MIME_ALIASES: Record<string, StoredKind> = {
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'video/x-m4v': 'mp4',
  'audio/mp3': 'mp3',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/x-m4a': 'm4a',
  'audio/m4a': 'm4a',
};

export function kindFromMimeType(mimeType: string): StoredKind | null {
  const normalised = mimeType.split(';')[0]!.trim().toLowerCase();
  if (MIME_ALIASES[normalised]) return MIME_ALIASES[normalised];
  const entry = Object.entries(STORED_TYPES).find(([, type]) => type === normalised);
  return entry ? (entry[0] as StoredKind) : null;
}

// Browsers send application/octet-stream or nothing for types they do not know.
export function isGenericMimeType(mimeType: string): boolean {
  const normalised = mimeType.split(';')[0]!.trim().toLowerCase();
  return normalised === '' || normalised === 'application/octet-stream';
}
