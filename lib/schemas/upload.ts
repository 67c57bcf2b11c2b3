import { z } from '@/lib/schemas/zod';
import { formatSizeLimit } from '@/lib/i18n/format-size';

// File fields for defineAction schemas (lib/action.ts keeps a chosen file as a File and leaves an
// empty file input out). The size check here is a first, cheap refusal; the attachment store
// still checks the real content type and size while streaming.

// A server action's whole request body is capped by Next (experimental.serverActions.bodySizeLimit,
// set to 9 MB in next.config.ts); a file sent through an action leaves room for the other fields.
export const ACTION_FILE_MAX_BYTES = 8 * 1024 * 1024;

function fileSchema(options: { label: string; maxBytes: number }) {
  return z
    .instanceof(File, { error: `请选择${options.label}` })
    .refine((file) => file.size > 0, { error: `${options.label}为空` })
    .refine((file) => file.size <= options.maxBytes, { error: `${options.label}过大，不能超过${formatSizeLimit(options.maxBytes)}` });
}

export function requiredFile(options: { label: string; maxBytes?: number }) {
  return fileSchema({ label: options.label, maxBytes: options.maxBytes ?? ACTION_FILE_MAX_BYTES });
}

export function optionalFile(options: { label: string; maxBytes?: number }) {
  return fileSchema({ label: options.label, maxBytes: options.maxBytes ?? ACTION_FILE_MAX_BYTES }).optional();
}

/** What the attachment services take from an uploaded File. */
export function uploadOf(file: File) {
  return { fileName: file.name, declaredType: file.type, stream: file.stream() };
}
export type Upload = ReturnType<typeof uploadOf>;
