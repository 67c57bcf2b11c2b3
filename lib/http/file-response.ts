import 'server-only';
import { Readable } from 'node:stream';

// The one file responder of every download route: always a download (never rendered in the site's
// origin: nosniff and a sandboxing CSP), never cached (each request was authorised against the
// database, and a withdrawn item's files must stop being served at once), and the file name as
// both an ASCII fallback and RFC 5987 UTF-8.

export type DownloadFile = {
  fileName: string;
  mimeType: string;
  size?: number | bigint;
  // The ASCII fallback name; derived from fileName when not given.
  asciiName?: string;
};

export function contentDisposition(fileName: string, asciiName?: string): string {
  const ascii = asciiName ?? fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function fileResponse(body: Uint8Array | Readable, file: DownloadFile): Response {
  const headers: Record<string, string> = {
    'Content-Type': file.mimeType,
    'Content-Disposition': contentDisposition(file.fileName, file.asciiName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  };
  if (file.size !== undefined) headers['Content-Length'] = String(file.size);
  const payload = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : (body as Uint8Array<ArrayBuffer>);
  return new Response(payload, { headers });
}
