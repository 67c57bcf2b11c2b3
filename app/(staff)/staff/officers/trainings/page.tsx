import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { listTrainings } from '@/lib/queries/officers/list-trainings';
import { listOfficerRegistry } from '@/lib/queries/officers/officer-registry';
import { Section } from '../_components/fields';
import { RecordTrainingForm } from '../_components/officer-forms';
import { OfficersSubnav } from '../_components/subnav';

export const metadata: Metadata = { title: messages.officers.subnav.trainings };

const text = messages.officers;

export default async function TrainingsPage() {
  const actor = await requireStaffPage({ path: '/staff/officers/trainings' });
  const canManage = can(actor.roles, 'officers.manage');
  const db = getDb();
  const [trainings, officers] = await Promise.all([listTrainings(db), canManage ? listOfficerRegistry(db, { on: new Date() }) : Promise.resolve([])]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <OfficersSubnav current="trainings" />
      <Section id="training-list" title={text.sections.trainingList}>
        {trainings.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noTrainings}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2">{text.fields.heldOn}</th>
                <th>{text.fields.title}</th>
                <th>{text.fields.hours}</th>
                <th>{text.fields.organiser}</th>
                <th>{text.fields.officerIds}</th>
              </tr>
            </thead>
            <tbody>
              {trainings.map((training) => (
                <tr key={training.id} className="border-b align-top">
                  <td className="py-2 pr-3">{training.heldOn}</td>
                  <td className="pr-3">{training.title}</td>
                  <td className="pr-3">{training.hours}</td>
                  <td className="pr-3">{training.organiser}</td>
                  <td>
                    <details>
                      <summary className="cursor-pointer">{text.labels.attendees(training.attendees.length)}</summary>
                      <p className="mt-1">{training.attendees.map((attendee) => attendee.name).join('、')}</p>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      {canManage ? (
        <Section id="record-training" title={text.sections.recordTraining}>
          <RecordTrainingForm officers={officers.filter((officer) => officer.active)} />
        </Section>
      ) : null}
    </div>
  );
}
