import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { PageHeading } from '../_components/page-heading';

const t = messages.publicSite.guide;

export const metadata: Metadata = { title: t.title };

// Static content: prerendered at build time, no database.
export default function GuidePage() {
  return (
    <div>
      <PageHeading trail={[]} title={t.title}>
        <p className="mt-2 max-w-4xl text-stone-700">{t.intro}</p>
      </PageHeading>
      <div className="space-y-6 rounded-lg bg-white p-6 shadow-sm">
        {t.sections.map((section, i) => (
          <section key={section.heading} aria-labelledby={`guide-${i}`}>
            <h2 id={`guide-${i}`} className="text-xl font-bold text-brand-800">{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph} className="mt-2 leading-loose text-stone-900">{paragraph}</p>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
