import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listSettings } from '@/lib/queries/settings/list-settings';
import { SettingForm } from './setting-forms';
import { presentSetting, SETTING_GROUPS, settingGroupOf } from '@/lib/domain/settings/presentation';

export const metadata: Metadata = { title: messages.calendar.settings.title };

const t = messages.calendar.settings;

export default async function SettingsPage() {
  await requireStaffPage({ path: '/staff/admin/settings', permission: 'settings.manage' });
  const settings = await listSettings(getDb());
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <Link className="text-brand-700 underline" href="/staff/admin/holidays">
          {t.holidaysLink}
        </Link>
      </div>
      <p className="text-stone-700">{t.intro}</p>
      {SETTING_GROUPS.map((group) => {
        const rows = settings.filter((setting) => settingGroupOf(setting.key) === group.id);
        if (rows.length === 0) return null;
        return (
          <section key={group.id} className="overflow-x-auto rounded-lg bg-white p-5 shadow-sm" aria-labelledby={`group-${group.id}`} data-testid={`setting-group-${group.id}`}>
            <h2 id={`group-${group.id}`} className="mb-2 font-semibold">
              {group.title}
            </h2>
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b">
                  <th scope="col" className="py-2">
                    {t.columns.description}
                  </th>
                  <th scope="col">{t.columns.value}</th>
                  <th scope="col">单位与范围</th>
                  <th scope="col">{t.columns.default}</th>
                  <th scope="col">{t.columns.edit}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((setting) => {
                  const shown = presentSetting(setting.key);
                  return (
                    <tr key={setting.key} className="border-b align-top" data-testid={`setting-${setting.key}`}>
                      <th scope="row" className="py-3 pr-3 font-normal">
                        <span className="block">{shown.label}</span>
                        {shown.explanation ? <span className="block text-xs text-stone-500">{shown.explanation}</span> : null}
                      </th>
                      <td className="py-3 pr-3" data-testid="setting-value">
                        {setting.valueText}
                        {setting.isDefault ? <span className="ml-1 text-xs text-stone-500">（{t.isDefault}）</span> : null}
                      </td>
                      <td className="py-3 pr-3 text-stone-600">{shown.range}</td>
                      <td className="py-3 pr-3">{setting.defaultText}</td>
                      <td className="py-2">
                        <SettingForm settingKey={setting.key} description={setting.description} shape={setting.shape} value={setting.value} version={setting.version} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
