import { SectionNav } from '@/components/ui/section-nav';
import { messages } from '@/lib/i18n/messages';

const t = messages.inspections.nav;
const LINKS = [
  { href: '/staff/inspections', label: t.overview },
  { href: '/staff/inspections/entities', label: t.entities },
  { href: '/staff/inspections/plans', label: t.plans },
  { href: '/staff/inspections/records/new', label: t.record },
  { href: '/staff/inspections/rectifications', label: t.rectifications },
  { href: '/staff/inspections/overdue', label: t.overdue },
  { href: '/staff/inspections/coverage', label: t.coverage },
];

export function SubNav({ current }: { current: string }) {
  return <SectionNav label={messages.nav.inspections} links={LINKS} current={current} />;
}
