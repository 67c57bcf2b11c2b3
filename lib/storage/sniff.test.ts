import { describe, expect, it } from 'vitest';
import { isGenericMimeType, kindFromFileName, kindFromMimeType, sniffKind } from './sniff';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('sniffKind', () => {
  it('recognises pdf, png and jpeg by their magic numbers', () => {
    expect(sniffKind(new TextEncoder().encode('%PDF-1.7\n'), '')).toBe('pdf');
    expect(sniffKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), '')).toBe('png');
    expect(sniffKind(bytes(0xff, 0xd8, 0xff, 0xe0), '')).toBe('jpeg');
  });

  it('tells docx from xlsx by the parts inside the ZIP, and refuses any other ZIP', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14);
    expect(sniffKind(zip, '[Content_Types].xml word/document.xml')).toBe('docx');
    expect(sniffKind(zip, '[Content_Types].xml xl/workbook.xml')).toBe('xlsx');
    expect(sniffKind(zip, 'evil.exe')).toBeNull();
  });

  it('refuses text, executables and empty files', () => {
    expect(sniffKind(new TextEncoder().encode('<html>'), '')).toBeNull();
    expect(sniffKind(bytes(0x4d, 0x5a), '')).toBeNull();
    expect(sniffKind(bytes(), '')).toBeNull();
  });
});

describe('names and declared types', () => {
  it('map extensions and MIME types to kinds', () => {
    expect(kindFromFileName('通知.PDF')).toBe('pdf');
    expect(kindFromFileName('照片.jpg')).toBe('jpeg');
    expect(kindFromFileName('noextension')).toBeNull();
    expect(kindFromMimeType('application/pdf')).toBe('pdf');
    expect(kindFromMimeType('image/jpg')).toBe('jpeg');
    expect(kindFromMimeType('text/html')).toBeNull();
    expect(isGenericMimeType('application/octet-stream')).toBe(true);
    expect(isGenericMimeType('')).toBe(true);
    expect(isGenericMimeType('application/pdf')).toBe(false);
  });
});

describe('audio and video (evidence)', () => {
  const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
  it('recognises MP4, MOV and M4A by the ftyp brand, WAV by RIFF/WAVE, MP3 by ID3 or its frame sync', () => {
    expect(sniffKind(bytes(0, 0, 0, 0x18, ...ascii('ftypisom')), '')).toBe('mp4');
    expect(sniffKind(bytes(0, 0, 0, 0x18, ...ascii('ftypmp42')), '')).toBe('mp4');
    expect(sniffKind(bytes(0, 0, 0, 0x14, ...ascii('ftypqt  ')), '')).toBe('mov');
    expect(sniffKind(bytes(0, 0, 0, 0x08, ...ascii('wide')), '')).toBe('mov');
    expect(sniffKind(bytes(0, 0, 0, 0x20, ...ascii('ftypM4A ')), '')).toBe('m4a');
    expect(sniffKind(bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVEfmt ')), '')).toBe('wav');
    expect(sniffKind(bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('AVI LIST')), '')).toBeNull();
    expect(sniffKind(bytes(...ascii('ID3'), 4, 0), '')).toBe('mp3');
    expect(sniffKind(bytes(0xff, 0xfb, 0x90, 0x64), '')).toBe('mp3');
    // AAC (ADTS, layer 00) and JPEG are not MP3.
    expect(sniffKind(bytes(0xff, 0xf1, 0x50, 0x80), '')).toBeNull();
    expect(sniffKind(bytes(0xff, 0xd8, 0xff, 0xe0), '')).toBe('jpeg');
  });

  it('maps their extensions and MIME types', () => {
    expect(kindFromFileName('记录.MP4')).toBe('mp4');
    expect(kindFromFileName('记录.mov')).toBe('mov');
    expect(kindFromFileName('录音.m4a')).toBe('m4a');
    expect(kindFromMimeType('video/quicktime')).toBe('mov');
    expect(kindFromMimeType('audio/x-wav')).toBe('wav');
    expect(kindFromMimeType('audio/mpeg')).toBe('mp3');
    expect(kindFromMimeType('text/plain')).toBeNull();
  });
});
