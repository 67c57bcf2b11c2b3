'use client';

import Link from 'next/link';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { IMPORT_COLUMNS } from '@/lib/domain/officers/import-columns';
import { messages } from '@/lib/i18n/messages';
import { importOfficersAction, previewOfficerImportAction, type ImportState, type PreviewState } from './actions';

const text = messages.officers;
const buttonClass = 'rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60';

// Step 1 posts the chosen file for a preview (nothing is written). Step 2 posts the same file with
// the hash the preview reported; the server checks it all again and writes every row or none.
// The file is held in state because the preview round trip must not lose it.
export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [previewedFile, setPreviewedFile] = useState<File | null>(null);
  const [preview, previewAction, previewing] = useActionState<PreviewState, FormData>(previewOfficerImportAction, { ok: false });
  const [imported, importAction, importing] = useActionState<ImportState, FormData>(importOfficersAction, { ok: false });
  const [importedFile, setImportedFile] = useState<File | null>(null);

  const withFile = (extra: Record<string, string> = {}) => {
    const data = new FormData();
    if (file) data.set('file', file);
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    return data;
  };
  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPreviewedFile(file);
    startTransition(() => previewAction(withFile()));
  }
  function onConfirm() {
    if (!preview.result) return;
    setImportedFile(file);
    startTransition(() => importAction(withFile({ fileSha256: preview.result!.fileSha256 })));
  }

  const current = previewedFile !== null && previewedFile === file;
  const result = current ? preview.result : undefined;
  const done = imported.ok && importedFile === file && file !== null;
  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} className="space-y-3 rounded-lg bg-white p-5 shadow-sm" noValidate>
        <label htmlFor="import-file" className="block text-sm font-medium text-stone-800">
          {text.fields.file}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block text-sm"
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
        <button type="submit" disabled={!file || previewing} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
          {previewing ? '处理中…' : text.buttons.preview}
        </button>
        {previewedFile !== null && !current ? <p className="text-sm text-stone-600">{text.import.stale}</p> : null}
        {current && !done ? <FormMessage state={preview} /> : null}
      </form>

      {result && result.rows.length > 0 && !done ? (
        <section aria-labelledby="import-preview" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="import-preview" className="text-lg font-semibold">
            {text.sections.importPreview}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="import-preview">
              <thead>
                <tr className="border-b">
                  <th className="whitespace-nowrap py-2 pr-2">{text.import.row}</th>
                  {IMPORT_COLUMNS.map((column) => (
                    <th key={column.key} className="whitespace-nowrap pr-2">
                      {column.header}
                    </th>
                  ))}
                  <th>{text.import.problems}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.row} className={`border-b align-top ${row.errors.length > 0 ? 'bg-red-50' : ''}`} data-testid={`import-row-${row.row}`}>
                    <td className="py-2 pr-2">{row.row}</td>
                    {IMPORT_COLUMNS.map((column) => (
                      <td key={column.key} className="whitespace-nowrap py-2 pr-2">
                        {row.cells[column.key]}
                      </td>
                    ))}
                    <td className={`min-w-64 py-2 ${row.errors.length > 0 ? 'text-red-800' : 'text-green-800'}`}>
                      {row.errors.length > 0 ? row.errors.join('；') : row.existingOfficer ? text.import.existing : text.import.ok}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.canImport ? (
            <div className="space-y-2">
              <p>{text.import.willCreate(result.officersToCreate, result.certificatesToAdd)}</p>
              <button type="button" onClick={onConfirm} disabled={importing} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
                {importing ? '处理中…' : text.buttons.confirmImport}
              </button>
              {!imported.ok && importedFile === file ? <FormMessage state={imported} /> : null}
            </div>
          ) : null}
        </section>
      ) : null}

      {done ? (
        <div className="space-y-2">
          <FormMessage state={imported} />
          <Link className="text-brand-700 underline" href="/staff/officers">
            {text.labels.backToRegistry}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
