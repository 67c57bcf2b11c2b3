import { fileResponse } from '@/lib/http/file-response';

// An .xlsx export (the officer registry, the publicity ledger) through the one file responder.
export function xlsxResponse(bytes: Uint8Array, options: { fileName: string; asciiName: string }): Response {
  return fileResponse(bytes, { ...options, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
