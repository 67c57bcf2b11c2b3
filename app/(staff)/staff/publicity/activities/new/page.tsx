import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { messages } from '@/lib/i18n/messages';
import { Section } from '../../../officers/_components/fields';
import { RecordActivityForm } from '../../_components/publicity-forms';
import { PublicitySubnav } from '../../_components/subnav';

export const metadata: Metadata = { title: messages.publicity.subnav.record };

const text = messages.publicity;

export default async function RecordActivityPage() {
  await requireStaffPage({ path: '/staff/publicity/activities/new', permission: 'publicity.manage' });
  const year = Number(toShanghaiDate(new Date()).slice(0, 4));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <PublicitySubnav current="record" year={year} />
      <Section id="record-activity" title={text.sections.record}>
        <RecordActivityForm />
      </Section>
    </div>
  );
}
