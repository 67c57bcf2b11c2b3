import { messages } from '@/lib/i18n/messages';

const t = messages.publicSite.columns;
const s = messages.publicSite.services;

// The standard disclosure columns (State Council disclosure office, 2019), plus the catalogue.
export const columnLinks = [
  { href: '/guide', label: t.guide },
  { href: '/rules', label: t.rules },
  { href: '/statutory', label: t.statutory },
  { href: '/list/annual-reports', label: t.annualReports },
  { href: '/catalogue', label: t.catalogue },
] as const;

// What a visitor can do or look up besides reading disclosures. /apply and /report are the
// public request and report forms (依申请公开, 举报投诉); /track follows either by its code.
export const serviceLinks = [
  { href: '/officers', label: s.officers },
  { href: '/exposure', label: s.exposure },
  { href: '/apply', label: s.apply },
  { href: '/report', label: s.report },
  { href: '/track', label: s.track },
] as const;

/** Every public section, in navigation order. */
export const siteLinks = [...columnLinks, ...serviceLinks] as const;
