import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { DOCUMENT_KINDS, STORED_KIND_LABELS, STORED_TYPES, type PutOptions, type StoredKind, type StoredMimeType } from './attachment-store';
import { isGenericMimeType, kindFromFileName, kindFromMimeType, sniffKind } from './sniff';
import { formatSizeLimit } from '@/lib/i18n/format-size';

// Every store's ingest (local disk and S3): the upload streams to a temporary file while it is
// measured and hashed (SHA-256), then its content is checked. A refused upload leaves nothing: the
// temporary file is removed before the refusal is thrown. The store then moves the checked file
// into place (a rename on disk, one PutObject to S3) and removes what is left.

// Object keys: <two hex>/<uuid>.
export const OBJECT_KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A ZIP lists its parts in the central directory at the end; the first part names are at the start.
const ZIP_SCAN_BYTES = 256 * 1024;
const text = messages.disclosure.attachment;

class TooLarge extends Error {}

function refuse(userMessage: string): never {
  throw new AppError({ code: 'VALIDATION', userMessage, fieldErrors: { file: [userMessage] } });
}

export type StagedUpload = { key: string; temporary: string; size: number; sha256: string; mimeType: StoredMimeType };

export async function stageUpload(tmpDir: string, source: Readable | ReadableStream<Uint8Array>, options: PutOptions): Promise<StagedUpload> {
  const input = source instanceof Readable ? source : Readable.fromWeb(source as unknown as NodeWebStream<Uint8Array>);
  await mkdir(tmpDir, { recursive: true });
  const uuid = randomUUID();
  const temporary = path.join(tmpDir, `${uuid}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > options.maxBytes) return callback(new TooLarge());
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(input, meter, createWriteStream(temporary, { flags: 'wx' }));
    if (size === 0) refuse(text.empty);
    const kind = await checkKind(temporary, size, options);
    return { key: `${uuid.slice(0, 2)}/${uuid}`, temporary, size, sha256: hash.digest('hex'), mimeType: STORED_TYPES[kind] };
  } catch (error) {
    input.destroy();
    await rm(temporary, { force: true });
    if (error instanceof TooLarge) refuse((options.refusals?.tooLarge ?? text.tooLarge)(formatSizeLimit(options.maxBytes)));
    throw error;
  }
}

async function checkKind(file: string, size: number, options: PutOptions): Promise<StoredKind> {
  const handle = await open(file, 'r');
  let head: Buffer;
  let tail: Buffer;
  try {
    head = Buffer.alloc(Math.min(size, ZIP_SCAN_BYTES));
    await handle.read(head, 0, head.length, 0);
    tail = Buffer.alloc(Math.min(size, ZIP_SCAN_BYTES));
    await handle.read(tail, 0, tail.length, size - tail.length);
  } finally {
    await handle.close();
  }
  const allow = options.allow ?? DOCUMENT_KINDS;
  const unsupported = options.refusals?.unsupported ?? text.unsupported;
  let kind = sniffKind(head, `${head.toString('latin1')}\n${tail.toString('latin1')}`);
  if (!kind) refuse(unsupported);
  const named = kindFromFileName(options.fileName);
  // Some encoders write M4A audio with a generic MP4 brand.
  if (kind === 'mp4' && named === 'm4a') kind = 'm4a';
  if (!allow.includes(kind)) {
    const notAllowed = options.refusals?.notAllowed;
    refuse(notAllowed ? notAllowed(STORED_KIND_LABELS[kind]) : unsupported);
  }
  if (named !== kind) refuse(text.nameMismatch(options.fileName, STORED_KIND_LABELS[kind]));
  if (!isGenericMimeType(options.declaredType) && kindFromMimeType(options.declaredType) !== kind) {
    refuse(text.typeMismatch(STORED_KIND_LABELS[kind]));
  }
  return kind;
}
