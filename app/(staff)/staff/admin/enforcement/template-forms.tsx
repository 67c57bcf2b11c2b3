'use client';

import { Field } from '@/components/forms/field';
import { TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useKeptForm } from '@/components/forms/use-kept-form';
import type { DocumentTemplateContent } from '@/lib/domain/enforcement-documents/templates';
import { formatSectionsText } from '@/lib/domain/enforcement-documents/templates';
import { messages } from '@/lib/i18n/messages';
import { saveDocumentTemplateAction } from '../../cases/actions';

const f = messages.documents.fields;
const t = messages.documents.templates;

/** One document type's template as a form, prefilled with the current version; saving adds a version. */
export function TemplateForm({ type, label, version, content }: { type: string; label: string; version: number; content: DocumentTemplateContent }) {
  const { state, formRef, onSubmit, action, errors } = useKeptForm(saveDocumentTemplateAction);
  return (
    <details className="rounded-md border border-stone-200 p-3" data-testid={`template-${type}`}>
      <summary className="cursor-pointer font-medium">
        {label}（{t.version(version)}）
      </summary>
      <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-3 space-y-3" noValidate aria-label={`${label}：${t.save}`}>
        <FormMessage state={state} />
        <input type="hidden" name="docType" value={type} />
        <div className="grid gap-3 md:grid-cols-2">
          <Field name="templateTitle" label={f.templateTitle} required defaultValue={content.title} errors={errors.templateTitle} />
          <Field name="organName" label={f.organName} defaultValue={content.organName} errors={errors.organName} />
          <Field name="organAbbrev" label={f.organAbbrev} required defaultValue={content.organAbbrev} errors={errors.organAbbrev} />
          <Field name="numberCode" label={f.numberCode} required defaultValue={content.numberCode} errors={errors.numberCode} />
          <Field name="sealText" label={f.sealText} defaultValue={content.sealText} errors={errors.sealText} />
        </div>
        <TextAreaField name="sectionsText" label={f.sectionsText} required rows={12} defaultValue={formatSectionsText(content.sections)} errors={errors.sectionsText} />
        <SubmitButton>{t.save}</SubmitButton>
      </form>
    </details>
  );
}
