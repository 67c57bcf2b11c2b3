// The object store's files for backup and restore (ADR 0031): the S3 bucket when S3_BUCKET is set
// (lib/storage/s3-store.ts), else STORAGE_DIR/objects on disk (lib/storage/local-disk-store.ts).
// Plain JavaScript: the scripts run without the app's TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

export function objectStore(env = process.env) {
  if (env.S3_BUCKET) {
    const prefix = (env.S3_PREFIX ?? '').replace(/^\/+|\/+$/g, '').replace(/.+/, (p) => `${p}/`);
    const client = new S3Client({
      region: env.S3_REGION || 'us-east-1',
      endpoint: env.S3_ENDPOINT || undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== 'false' : Boolean(env.S3_ENDPOINT),
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    });
    const Bucket = env.S3_BUCKET;
    return {
      label: `s3://${Bucket}/${prefix}`,
      /** @returns {Promise<string[]>} keys without the prefix */
      async list() {
        const keys = [];
        let ContinuationToken;
        do {
          const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
          for (const o of page.Contents ?? []) keys.push(o.Key.slice(prefix.length));
          ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (ContinuationToken);
        return keys.sort();
      },
      async download(key, file) {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: prefix + key }));
        await pipeline(object.Body, fs.createWriteStream(file));
      },
      async upload(key, file) {
        await client.send(new PutObjectCommand({ Bucket, Key: prefix + key, Body: fs.createReadStream(file), ContentLength: fs.statSync(file).size }));
      },
    };
  }
  const base = path.resolve(env.STORAGE_DIR ?? '.data/storage', 'objects');
  return {
    label: base,
    async list() {
      if (!fs.existsSync(base)) return [];
      return fs
        .readdirSync(base, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
        .sort();
    },
    async download(key, file) {
      fs.copyFileSync(path.join(base, key), file);
    },
    async upload(key, file) {
      fs.mkdirSync(path.dirname(path.join(base, key)), { recursive: true });
      fs.copyFileSync(file, path.join(base, key));
    },
  };
}

/** @param {string} file */
export async function sha256File(file) {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}
