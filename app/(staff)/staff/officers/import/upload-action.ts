import 'server-only';
import { requirePermission } from '@/lib/auth/current-actor';
import type { Actor } from '@/lib/auth/guard';
import type { Permission } from '@/lib/domain/auth/permissions';
import { isAppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { maskInternalError } from '@/lib/errors-masked';

// lib/action.ts's defineAction reads string fields only; an upload needs the File. Same shape:
// authorise from the database → check the file → one service → Chinese message / masked error.
export const IMPORT_MAX_BYTES = 900 * 1024;
const text = messages.officers.import;

export type UploadState<T> = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; result?: T };

export async function runUploadAction<T>(options: {
  permission: Permission;
  formData: FormData;
  run: (actor: Actor, input: { bytes: Uint8Array; fields: Record<string, string> }) => Promise<UploadState<T>>;
}): Promise<UploadState<T>> {
  try {
    const actor = await requirePermission(options.permission);
    const file = options.formData.get('file');
    const refuse = (message: string): UploadState<T> => ({
      ok: false,
      message: `${messages.errors.invalidInput}${messages.officers.fields.file}：${message}`,
      fieldErrors: { file: [message] },
    });
    if (!(file instanceof Blob) || file.size === 0) return refuse(text.fileMissing);
    if (file.size > IMPORT_MAX_BYTES) return refuse(text.fileTooLarge('900KB'));
    if (file instanceof File && file.name && !file.name.toLowerCase().endsWith('.xlsx')) return refuse(text.fileType);
    const fields: Record<string, string> = {};
    for (const [key, value] of options.formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) fields[key] = value;
    return await options.run(actor, { bytes: new Uint8Array(await file.arrayBuffer()), fields });
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.userMessage };
    return { ok: false, message: maskInternalError('action', error) };
  }
}
