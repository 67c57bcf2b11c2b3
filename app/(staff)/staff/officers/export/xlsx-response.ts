// An xlsx download: a UTF-8 file name for browsers, an ASCII fallback for the rest; never cached.
export function xlsxResponse(bytes: Uint8Array, options: { fileName: string; asciiName: string }): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${options.asciiName}"; filename*=UTF-8''${encodeURIComponent(options.fileName)}`,
      'Cache-Control': 'no-store',
    },
  });
}
