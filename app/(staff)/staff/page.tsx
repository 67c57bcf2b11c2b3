import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { PERMISSIONS, permissionsOf } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.nav.dashboard };

export default async function StaffHomePage() {
  const actor = await requireStaffPage({ path: '/staff' });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{messages.staff.welcome(actor.name)}</h1>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h2 className="font-semibold">{messages.staff.yourRoles}</h2>
        <p className="mt-1">{actor.roles.map((role) => messages.roles[role]).join('、')}</p>
      </section>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h2 className="font-semibold">{messages.staff.yourPermissions}</h2>
        <ul className="mt-2 list-disc pl-6">
          {permissionsOf(actor.roles).map((permission) => (
            <li key={permission}>{PERMISSIONS[permission].description}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
