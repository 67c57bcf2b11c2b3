import type { Readable } from 'node:stream';

// Where uploaded files live. The portal talks to this interface only, so the local disk can be
// swapped for an object store without touching the services.
export type StoredFile = { key: string; size: number; sha256: string; mimeType: AllowedMimeType };

export type PutOptions = {
  fileName: string;
  // What the browser said the file is (File.type); may be empty.
  declaredType: string;
  maxBytes: number;
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

export const KIND_LABELS = { pdf: 'PDF', docx: 'Word（docx）', xlsx: 'Excel（xlsx）', png: 'PNG图片', jpeg: 'JPEG图片' } as const satisfies Record<
  FileKind,
  string
>;
