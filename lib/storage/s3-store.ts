import 'server-only';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { AttachmentStore } from './attachment-store';
import { OBJECT_KEY, stageUpload } from './staging';

// Files in an S3-compatible object store (ADR 0031), shared by every app instance. Configured by
// S3_BUCKET (required to use it), S3_ENDPOINT (an S3-compatible server; unset: AWS), S3_REGION
// (default us-east-1), S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY (else the SDK's usual sources),
// S3_PREFIX (a folder inside the bucket), S3_FORCE_PATH_STYLE (default: on with an endpoint).
// Uploads are staged and checked on local disk first (lib/storage/staging.ts, STORAGE_TMP_DIR):
// a refused file never reaches the bucket.
export type S3StoreConfig = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  prefix: string;
  forcePathStyle: boolean;
  tmpDir: string;
};

export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3StoreConfig | null {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    prefix: (env.S3_PREFIX ?? '').replace(/^\/+|\/+$/g, '').replace(/.+/, (p) => `${p}/`),
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== 'false' : Boolean(env.S3_ENDPOINT),
    tmpDir: env.STORAGE_TMP_DIR || path.join(os.tmpdir(), 'portal-uploads'),
  };
}

const notFound = () => new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });

export function createS3Store(config: S3StoreConfig): AttachmentStore {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    // The SDK's default (a CRC32 trailer in aws-chunked framing on every upload) is not understood
    // by every S3-compatible server (s3rver stores the framing); the SHA-256 is ours anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
  });
  const objectKey = (key: string) => {
    if (!OBJECT_KEY.test(key)) throw notFound();
    return `${config.prefix}${key}`;
  };

  return {
    async put(source, options) {
      const staged = await stageUpload(config.tmpDir, source, options);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: config.bucket,
            Key: objectKey(staged.key),
            Body: createReadStream(staged.temporary),
            ContentLength: staged.size,
            ContentType: staged.mimeType,
            Metadata: { sha256: staged.sha256 },
          }),
        );
      } finally {
        await rm(staged.temporary, { force: true });
      }
      return { key: staged.key, size: staged.size, sha256: staged.sha256, mimeType: staged.mimeType };
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
        if (!(object.Body instanceof Readable)) throw notFound();
        return object.Body;
      } catch (error) {
        if (error instanceof AppError) throw error;
        const name = (error as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound') throw notFound();
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
    },
  };
}
