import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { createS3Store, s3ConfigFromEnv } from './s3-store';

// The S3 store against a real S3-protocol server (s3rver) on loopback, started here.
const dir = mkdtempSync(path.join(tmpdir(), 's3-store-'));
const tmp = path.join(dir, 'staging');
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(dir, 'bucket-data'), configureBuckets: [{ name: 'portal' }] });
let endpoint = '';
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300_000, 1)]);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(256, 7)]);

beforeAll(async () => {
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function store(prefix = 'files') {
  const config = s3ConfigFromEnv({
    S3_BUCKET: 'portal',
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    S3_PREFIX: prefix,
    STORAGE_TMP_DIR: tmp,
  });
  return createS3Store(config!);
}
async function objects(): Promise<string[]> {
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: 'portal' }));
  return (listed.Contents ?? []).map((o) => o.Key!);
}
const staged = () => readdirSync(tmp).length;

describe('S3 object store', () => {
  it('is chosen by S3_BUCKET only', () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(s3ConfigFromEnv({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://x', S3_PREFIX: '/a/b/' })).toMatchObject({ bucket: 'b', prefix: 'a/b/', forcePathStyle: true });
    expect(s3ConfigFromEnv({ S3_BUCKET: 'b' })).toMatchObject({ prefix: '', forcePathStyle: false, region: 'us-east-1' });
  });

  it('stores a streamed upload with its SHA-256, reads it back and deletes it', async () => {
    const s3 = store();
    const stored = await s3.put(Readable.from([PNG.subarray(0, 1000), PNG.subarray(1000)]), { fileName: '照片.png', declaredType: 'image/png', maxBytes: 1 << 20 });
    expect(stored).toMatchObject({ size: PNG.length, mimeType: 'image/png', sha256: createHash('sha256').update(PNG).digest('hex') });
    expect(await objects()).toEqual([`files/${stored.key}`]);
    expect(staged()).toBe(0);
    const read = await buffer(await s3.get(stored.key));
    expect(read.equals(PNG)).toBe(true);
    await s3.delete(stored.key);
    expect(await objects()).toEqual([]);
    await expect(s3.get(stored.key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s3.get('../../etc/passwd')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('leaves nothing behind, in the bucket or staging, when it refuses a file', async () => {
    const s3 = store();
    await expect(s3.put(Readable.from([PNG]), { fileName: 'a.png', declaredType: 'image/png', maxBytes: 1000 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(s3.put(Readable.from([MP4]), { fileName: 'a.mp4', declaredType: 'video/mp4', maxBytes: 1 << 20 })).rejects.toMatchObject({
      userMessage: messages.disclosure.attachment.unsupported,
    });
    await expect(s3.put(Readable.from([PNG]), { fileName: 'a.pdf', declaredType: '', maxBytes: 1 << 20 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(s3.put(Readable.from([Buffer.alloc(0)]), { fileName: 'a.png', declaredType: '', maxBytes: 1 << 20 })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await objects()).toEqual([]);
    expect(staged()).toBe(0);
  });

  it('leaves nothing staged when the bucket refuses the upload', async () => {
    const config = s3ConfigFromEnv({ S3_BUCKET: 'no-such-bucket', S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', STORAGE_TMP_DIR: tmp });
    await expect(createS3Store(config!).put(Readable.from([PNG]), { fileName: 'a.png', declaredType: 'image/png', maxBytes: 1 << 20 })).rejects.toThrow();
    expect(staged()).toBe(0);
  });
});
