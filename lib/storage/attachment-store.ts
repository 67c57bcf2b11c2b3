import type { Readable } from 'node:stream';

// Where uploaded files live. The portal talks to this interface only, so the local disk can be
// swapped for an object store without touching the services.
export type StoredFile = { key: string; size: number; sha256: string; mimeType: StoredMimeType };

export type PutOptions = {
  fileName: string;
  // What the browser said the file is (File.type); may be empty.
  declaredType: string;
  maxBytes: number;
  // Which kinds this call accepts (checked by content); default DOCUMENT_KINDS, so audio and video
  // are accepted only where a caller asks for them (evidence), never as disclosure attachments.
  allow?: readonly StoredKind[];
  // Messages for this call's refusals (default: the disclosure attachment messages).
  refusals?: { unsupported?: string; notAllowed?: (actualLabel: string) => string; tooLarge?: (limit: string) => string };
};

export type AttachmentStore = {
  // Streams to storage while hashing; refuses (AppError, nothing left behind) a file whose content
  // is not an allowed type, does not match its name or declared type, or exceeds maxBytes.
  put(stream: Readable | ReadableStream<Uint8Array>, options: PutOptions): Promise<StoredFile>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
};

export const ALLOWED_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;
export type FileKind = keyof typeof ALLOWED_TYPES;
export type AllowedMimeType = (typeof ALLOWED_TYPES)[FileKind];
export const DOCUMENT_KINDS = Object.keys(ALLOWED_TYPES) as FileKind[];

// Audio and video (enforcement evidence recorded by body-worn recorders and cameras).
export const MEDIA_TYPES = {
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
} as const;
export type MediaKind = keyof typeof MEDIA_TYPES;
export type StoredKind = FileKind | MediaKind;
export type StoredMimeType = AllowedMimeType | (typeof MEDIA_TYPES)[MediaKind];
export const STORED_TYPES: Record<StoredKind, StoredMimeType> = { ...ALLOWED_TYPES, ...MEDIA_TYPES };

export const KIND_LABELS = { pdf: 'PDF', docx: 'Word（docx）', xlsx: 'Excel（xlsx）', png: 'PNG图片', jpeg: 'JPEG图片' } as const satisfies Record<FileKind, string>;
export const MEDIA_KIND_LABELS = { mp4: 'MP4视频', mov: 'MOV（QuickTime）视频', mp3: 'MP3音频', wav: 'WAV音频', m4a: 'M4A音频' } as const satisfies Record<MediaKind, string>;
export const STORED_KIND_LABELS: Record<StoredKind, string> = { ...KIND_LABELS, ...MEDIA_KIND_LABELS };
