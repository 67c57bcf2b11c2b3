import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { createLocalDiskStore } from './local-disk-store';

const root = mkdtempSync(path.join(tmpdir(), 'store-unit-'));
const store = createLocalDiskStore(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(256, 7)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const files = () => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

describe('per-call allow-list', () => {
  it('refuses audio and video by default (disclosure attachments), with the attachment message', async () => {
    const before = files();
    await expect(store.put(Readable.from([MP4]), { fileName: 'a.mp4', declaredType: 'video/mp4', maxBytes: 1 << 20 })).rejects.toMatchObject({
      code: 'VALIDATION',
      userMessage: messages.disclosure.attachment.unsupported,
    });
    expect(files()).toBe(before);
  });

  it('accepts them where the caller allows them, and refuses other allowed-by-default types there', async () => {
    const stored = await store.put(Readable.from([MP4]), { fileName: 'a.mp4', declaredType: 'video/mp4', maxBytes: 1 << 20, allow: ['mp4', 'mov'] });
    expect(stored).toMatchObject({ mimeType: 'video/mp4', size: MP4.length, sha256: createHash('sha256').update(MP4).digest('hex') });
    const before = files();
    await expect(
      store.put(Readable.from([PNG]), {
        fileName: 'a.png',
        declaredType: 'image/png',
        maxBytes: 1 << 20,
        allow: ['mp4'],
        refusals: { notAllowed: (actual) => `不是视频：${actual}` },
      }),
    ).rejects.toMatchObject({ userMessage: '不是视频：PNG图片' });
    await expect(
      store.put(Readable.from([MP4]), { fileName: 'a.mp4', declaredType: '', maxBytes: 100, allow: ['mp4'], refusals: { tooLarge: (limit) => `太大：${limit}` } }),
    ).rejects.toMatchObject({ userMessage: '太大：100字节' });
    expect(files()).toBe(before);
  });
});
