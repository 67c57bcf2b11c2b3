import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { NO_PENALTY_CONDITION_NAMES, SEVERITY_NAMES, STATUTORY_NO_PENALTY_ITEMS, formatYuan } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import { listEnforcementConfig } from '@/lib/queries/enforcement/case-config';
import { DOCUMENT_FIELDS } from '@/lib/domain/enforcement-documents/fields';
import { listCurrentTemplates } from '@/lib/queries/enforcement/documents';
import { ConfigForms, DeleteButton } from './config-forms';
import { TemplateForm } from './template-forms';

const t = messages.enforcement.ui.config;
export const metadata: Metadata = { title: t.title };

export default async function EnforcementConfigPage() {
  await requireStaffPage({ path: '/staff/admin/enforcement', permission: 'case.configure' });
  const db = getDb();
  const [{ bands, items }, templates] = await Promise.all([listEnforcementConfig(db), listCurrentTemplates(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <section aria-labelledby="bands" className="space-y-3">
        <h2 id="bands" className="text-lg font-semibold">
          {t.bands}
        </h2>
        {bands.length === 0 ? (
          <p className="text-sm text-stone-700">{t.noBands}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-stone-600">
              <tr>
                <th className="py-1 pr-3">{t.violation}</th>
                <th className="py-1 pr-3">{t.severity}</th>
                <th className="py-1 pr-3">{t.range}</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody>
              {bands.map((b) => (
                <tr key={b.id} data-testid="band-row">
                  <td className="py-1 pr-3">
                    {b.violationName}（{b.violationType}）
                  </td>
                  <td className="py-1 pr-3">{SEVERITY_NAMES[b.severity]}</td>
                  <td className="py-1 pr-3">
                    {formatYuan(b.minFine)}至{formatYuan(b.maxFine)}
                  </td>
                  <td className="py-1">
                    <DeleteButton kind="band" id={b.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="no-penalty" className="space-y-3">
        <h2 id="no-penalty" className="text-lg font-semibold">
          {t.noPenalty}
        </h2>
        <ul className="space-y-1 text-sm">
          {STATUTORY_NO_PENALTY_ITEMS.map((item) => (
            <li key={item.id}>
              {item.title}（{item.conditions.map((c) => NO_PENALTY_CONDITION_NAMES[c]).join('、')}；{item.citation}）<span className="text-stone-600">{t.statutory}</span>
            </li>
          ))}
          {items.map((item) => (
            <li key={item.id} data-testid="no-penalty-item">
              {item.title}（{item.violationType}；{item.conditions.map((c) => NO_PENALTY_CONDITION_NAMES[c as keyof typeof NO_PENALTY_CONDITION_NAMES] ?? c).join('、')}；
              {item.outcome === 'SHALL_NOT' ? t.shallNot : t.mayNot}；{item.citation}）
              <DeleteButton kind="item" id={item.id} />
            </li>
          ))}
        </ul>
      </section>
      <ConfigForms />
      <section aria-labelledby="document-templates" className="space-y-3">
        <h2 id="document-templates" className="text-lg font-semibold">
          {messages.documents.templates.title}
        </h2>
        <p className="text-sm text-stone-700">
          {messages.documents.templates.intro}
          {Object.keys(DOCUMENT_FIELDS)
            .map((name) => `{${name}}`)
            .join(' ')}
        </p>
        <div className="space-y-2">
          {templates.map((tpl) => (
            <TemplateForm key={tpl.type} type={tpl.type} label={tpl.label} version={tpl.version} content={tpl.content} />
          ))}
        </div>
      </section>
    </div>
  );
}
