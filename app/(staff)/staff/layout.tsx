import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { currentActor } from '@/lib/auth/current-actor';
import { can, type Permission } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { countUnread } from '@/lib/queries/notifications/inbox';

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: '/staff', label: messages.nav.dashboard, permission: 'staff.access' },
  { href: '/staff/disclosures', label: messages.nav.disclosures, permission: 'disclosure.draft' },
  { href: '/staff/reviews', label: messages.nav.reviews, permission: 'review.decide' },
  { href: '/staff/matters', label: messages.nav.matters, permission: 'matters.draft' },
  { href: '/staff/legal-affairs', label: messages.nav.legalAffairs, permission: 'legalAffairs.manage' },
  { href: '/staff/remedies', label: messages.nav.remedies, permission: 'legalAffairs.manage' },
  { href: '/staff/cases', label: messages.nav.cases, permission: 'staff.access' },
  { href: '/staff/devices', label: messages.nav.devices, permission: 'devices.manage' },
  { href: '/staff/watchlist', label: messages.nav.watchlist, permission: 'watchlist.manage' },
  { href: '/staff/officers', label: messages.nav.officers, permission: 'staff.access' },
  { href: '/staff/inspections', label: messages.nav.inspections, permission: 'staff.access' },
  { href: '/staff/publicity', label: messages.nav.publicity, permission: 'staff.access' },
  { href: '/staff/requests', label: messages.nav.requests, permission: 'requests.view' },
  { href: '/staff/public-reports', label: messages.publicRequests.inbox.title, permission: 'publicReports.handle' },
  { href: '/staff/licences', label: messages.nav.licences, permission: 'licences.record' },
  { href: '/staff/dashboard', label: messages.nav.directorDashboard, permission: 'dashboard.view' },
  { href: '/staff/leadership', label: messages.nav.leadership, permission: 'dashboard.view' },
  { href: '/staff/reports', label: messages.nav.reports, permission: 'dashboard.view' },
  { href: '/staff/admin/users', label: messages.nav.adminUsers, permission: 'users.manage' },
  { href: '/staff/admin/holidays', label: messages.nav.holidays, permission: 'settings.manage' },
  { href: '/staff/admin/enforcement', label: messages.nav.enforcementConfig, permission: 'case.configure' },
  { href: '/staff/audit', label: messages.nav.audit, permission: 'audit.view' },
];

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) {
    const path = (await headers()).get('x-pathname') ?? '/staff';
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  const unread = await countUnread(actor.id);
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/staff" className="text-lg font-bold text-brand-800">
            {messages.site.staffTitle}
          </Link>
          <nav aria-label="工作平台导航">
            <ul className="flex flex-wrap items-center gap-4 text-sm">
              {NAV.filter((item) => can(actor.roles, item.permission)).map((item) => (
                <li key={item.href}>
                  <Link className="hover:underline" href={item.href}>
                    {item.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link className="hover:underline" href="/staff/inbox" data-testid="inbox-link">
                  消息
                  {unread > 0 ? (
                    <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white" aria-label={`${unread}条未读`}>
                      {unread}
                    </span>
                  ) : null}
                </Link>
              </li>
              <li className="text-stone-600">{actor.name}</li>
              <li>
                <Link className="text-brand-700 hover:underline" href="/signout">
                  {messages.nav.signOut}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
