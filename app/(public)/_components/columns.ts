import { messages } from '@/lib/i18n/messages';

const t = messages.publicSite.columns;

// The standard disclosure columns (State Council disclosure office, 2019), plus the catalogue.
export const columnLinks = [
  { href: '/guide', label: t.guide },
  { href: '/rules', label: t.rules },
  { href: '/statutory', label: t.statutory },
  { href: '/list/annual-reports', label: t.annualReports },
  { href: '/catalogue', label: t.catalogue },
] as const;
