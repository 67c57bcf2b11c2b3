import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { publicComplaintLine } from '@/lib/queries/public/site-contacts';
import { PageHeading } from '../_components/page-heading';

const t = messages.publicSite.guide;
const online = messages.publicSite.guideOnline;

export const metadata: Metadata = { title: t.title };
// Prerendered at build time with the default complaint line (no database then), re-read from the
// setting when it revalidates.
export const revalidate = 600;

export default async function GuidePage() {
  const complaintLine = await publicComplaintLine();
  return (
    <div>
      <PageHeading trail={[]} title={t.title}>
        <p className="mt-2 max-w-4xl text-stone-700">{t.intro}</p>
      </PageHeading>
      <div className="space-y-6 rounded-lg bg-white p-6 shadow-sm">
        {t.sections.map((section, i) => (
          <section key={section.heading} aria-labelledby={`guide-${i}`}>
            <h2 id={`guide-${i}`} className="text-xl font-bold text-brand-800">
              {section.heading}
            </h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph} className="mt-2 leading-loose text-stone-900">
                {paragraph}
              </p>
            ))}
          </section>
        ))}
        <section aria-labelledby="guide-online">
          <h2 id="guide-online" className="text-xl font-bold text-brand-800">
            {online.heading}
          </h2>
          <ul className="mt-2 space-y-2">
            {online.items.map((item) => (
              <li key={item.href} className="leading-loose">
                <a href={item.href} className="text-brand-700 underline underline-offset-4">
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 font-semibold leading-loose text-stone-900">{online.complaint(complaintLine)}</p>
        </section>
      </div>
    </div>
  );
}
