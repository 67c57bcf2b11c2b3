import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listSettings } from '@/lib/queries/settings/list-settings';
import { SettingForm } from './setting-forms';

export const metadata: Metadata = { title: messages.calendar.settings.title };

const t = messages.calendar.settings;

export default async function SettingsPage() {
  await requireStaffPage({ path: '/staff/admin/settings', permission: 'settings.manage' });
  const settings = await listSettings(getDb());
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <Link className="text-brand-700 underline" href="/staff/admin/holidays">{t.holidaysLink}</Link>
      </div>
      <p className="text-stone-700">{t.intro}</p>
      <div className="overflow-x-auto rounded-lg bg-white p-5 shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">{t.columns.description}</th>
              <th scope="col">{t.columns.value}</th>
              <th scope="col">{t.columns.default}</th>
              <th scope="col">{t.columns.edit}</th>
            </tr>
          </thead>
          <tbody>
            {settings.map((setting) => (
              <tr key={setting.key} className="border-b align-top" data-testid={`setting-${setting.key}`}>
                <th scope="row" className="py-3 pr-3 font-normal">
                  <span className="block">{setting.description}</span>
                  <code className="text-xs text-stone-500">{setting.key}</code>
                </th>
                <td className="py-3 pr-3" data-testid="setting-value">
                  {setting.valueText}
                  {setting.isDefault ? <span className="ml-1 text-xs text-stone-500">（{t.isDefault}）</span> : null}
                </td>
                <td className="py-3 pr-3">{setting.defaultText}</td>
                <td className="py-2">
                  <SettingForm settingKey={setting.key} description={setting.description} shape={setting.shape} value={setting.value} version={setting.version} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
