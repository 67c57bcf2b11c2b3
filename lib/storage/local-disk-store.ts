import 'server-only';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { AttachmentStore, PutOptions, StoredFile } from './attachment-store';
import { createS3Store, s3ConfigFromEnv } from './s3-store';
import { OBJECT_KEY as KEY, stageUpload } from './staging';

// Files live under STORAGE_DIR (default .data/storage, outside the web root): objects/<key> for
// stored files, tmp/ for uploads in progress. Nothing under tmp/ survives a refused upload.
export function createLocalDiskStore(root: string = process.env.STORAGE_DIR ?? '.data/storage'): AttachmentStore {
  const base = path.resolve(root);
  const objectPath = (key: string) => {
    if (!KEY.test(key)) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    return path.join(base, 'objects', key);
  };

  async function put(source: Readable | ReadableStream<Uint8Array>, options: PutOptions): Promise<StoredFile> {
    const staged = await stageUpload(path.join(base, 'tmp'), source, options);
    try {
      await mkdir(path.dirname(objectPath(staged.key)), { recursive: true });
      await rename(staged.temporary, objectPath(staged.key));
    } catch (error) {
      await rm(staged.temporary, { force: true });
      throw error;
    }
    return { key: staged.key, size: staged.size, sha256: staged.sha256, mimeType: staged.mimeType };
  }

  return {
    put,
    async get(key) {
      const file = objectPath(key);
      await stat(file).catch(() => {
        throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
      });
      return createReadStream(file);
    },
    async delete(key) {
      await rm(objectPath(key), { force: true });
    },
  };
}

// The S3-compatible object store when S3_BUCKET is set (several app instances share it, ADR 0031),
// else the local disk.
let store: AttachmentStore | undefined;
export function getAttachmentStore(): AttachmentStore {
  store ??= s3ConfigFromEnv() ? createS3Store(s3ConfigFromEnv()!) : createLocalDiskStore();
  return store;
}
