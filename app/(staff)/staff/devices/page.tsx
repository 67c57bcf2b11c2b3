import type { Metadata } from 'next';
import Link from 'next/link';
import { formatShanghaiDateTime } from '@/components/evidence/format';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listActiveOfficers, listDevices } from '@/lib/queries/evidence/devices';
import { HandOutForm, RegisterDeviceForm, RetireForm, ReturnForm } from './device-forms';

const t = messages.evidence;
export const metadata: Metadata = { title: t.devices.title };

export default async function DevicesPage() {
  await requireStaffPage({ path: '/staff/devices', permission: 'devices.manage' });
  const db = getDb();
  const [devices, officers] = await Promise.all([listDevices(db), listActiveOfficers(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.devices.title}</h1>
      <p className="text-sm text-stone-700">{t.devices.intro}</p>
      {devices.length === 0 ? <p className="text-sm">{t.devices.none}</p> : null}
      <ul className="space-y-4">
        {devices.map((device) => (
          <li key={device.id} className="space-y-3 rounded-md border border-stone-200 bg-white p-4" data-testid="device" data-code={device.code}>
            <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <h2 className="text-lg font-semibold">{device.code}</h2>
              <span className="text-sm text-stone-700">
                {t.devices.kinds[device.kind]} · {device.model}
              </span>
              <span className="text-sm font-medium" data-testid="device-status">
                {!device.active
                  ? device.retiredOn
                    ? t.devices.retiredOn(device.retiredOn)
                    : t.devices.inactive
                  : device.currentLoan
                    ? t.devices.onLoan(device.currentLoan.officer.name, formatShanghaiDateTime(device.currentLoan.handedOutAt))
                    : t.devices.available}
              </span>
              <span className="text-sm text-stone-600">{t.devices.evidenceCount(device.evidence.length)}</span>
            </div>
            <p className="text-xs text-stone-600">{t.devices.inServiceFrom(device.inServiceFrom)}</p>
            {device.active ? device.currentLoan ? <ReturnForm deviceId={device.id} /> : <HandOutForm deviceId={device.id} code={device.code} officers={officers} /> : null}
            {device.active && !device.currentLoan ? <RetireForm deviceId={device.id} /> : null}
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">
                {t.devices.loans}（{device.loans.length}）
              </summary>
              {device.loans.length === 0 ? (
                <p className="text-sm text-stone-600">{t.devices.noLoans}</p>
              ) : (
                <table className="mt-2 w-full text-left text-sm">
                  <thead className="text-stone-600">
                    <tr>
                      <th scope="col">{t.fields.officerId}</th>
                      <th scope="col">{t.fields.handedOutAt}</th>
                      <th scope="col">{t.fields.returnedAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {device.loans.map((loan) => (
                      <tr key={loan.id} className="border-t border-stone-100">
                        <td>{loan.officer.name}</td>
                        <td>{formatShanghaiDateTime(loan.handedOutAt)}</td>
                        <td>{loan.returnedAt ? formatShanghaiDateTime(loan.returnedAt) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </details>
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">
                {t.devices.evidence}（{device.evidence.length}）
              </summary>
              {device.evidence.length === 0 ? (
                <p className="text-sm text-stone-600">{t.devices.noEvidence}</p>
              ) : (
                <table className="mt-2 w-full text-left text-sm">
                  <thead className="text-stone-600">
                    <tr>
                      <th scope="col">{t.panel.fileName}</th>
                      <th scope="col">{t.panel.kind}</th>
                      <th scope="col">{t.devices.case}</th>
                      <th scope="col">{t.panel.officer}</th>
                      <th scope="col">{t.panel.capturedAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {device.evidence.map((item) => (
                      <tr key={item.id} className="border-t border-stone-100">
                        <td>{item.fileName}</td>
                        <td>{t.kinds[item.kind]}</td>
                        <td>
                          <Link className="text-brand-700 hover:underline" href={`/staff/cases/${item.case.id}`}>
                            {item.case.caseNumber}
                          </Link>
                        </td>
                        <td>{item.officer?.name ?? '—'}</td>
                        <td>{formatShanghaiDateTime(item.capturedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </details>
          </li>
        ))}
      </ul>
      <section className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4">
        <h2 className="text-lg font-semibold">{t.devices.register}</h2>
        <RegisterDeviceForm />
      </section>
    </div>
  );
}
