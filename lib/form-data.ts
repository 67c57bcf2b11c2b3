// FormData → plain object; a key sent several times (checkboxes) becomes an array. A file input
// stays a File, so a schema can declare it (lib/schemas/upload.ts); a file input left empty (the
// browser sends a nameless, empty File) is left out, as if the field had not been sent. NUL
// characters, which no form sends and PostgreSQL cannot store in text, are removed.
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData
      .getAll(key)
      .flatMap<FormDataEntryValue>((value) => (typeof value === 'string' ? [value.replaceAll('\u0000', '')] : isEmptyFileInput(value) ? [] : [value]));
    if (values.length === 0) continue;
    object[key] = values.length === 1 ? values[0] : values;
  }
  return object;
}

// A server action posted by JavaScript reaches us through busboy, which reports the browser's
// `filename=""` as no name at all; React then builds `new File(chunks, undefined)`, named "undefined".
function isEmptyFileInput(value: File): boolean {
  return value.size === 0 && (value.name === '' || value.name === 'undefined');
}
