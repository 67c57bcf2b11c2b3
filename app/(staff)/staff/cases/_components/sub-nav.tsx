import { SectionNav } from '@/components/ui/section-nav';
import { messages } from '@/lib/i18n/messages';

const t = messages.enforcement.ui.nav;
const LINKS = [
  { href: '/staff/cases', label: t.all },
  { href: '/staff/cases/mine', label: t.mine },
  { href: '/staff/cases/new', label: t.new },
];

export function CasesNav({ current }: { current: string }) {
  return <SectionNav label={messages.nav.cases} links={LINKS} current={current} />;
}
