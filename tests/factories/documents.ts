import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { DocumentType } from '@/lib/domain/enforcement-documents/types';
import { generateDocument } from '@/lib/services/enforcement/generate-document';
import type { AttachmentStore } from '@/lib/storage/attachment-store';
import { addRecording, advance, caseFields, fileTestCase, type CaseWorld } from './enforcement';

// Penalty cases brought to the point where their documents can be generated, through the services.

export const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** Two parties: 张三 (the one the documents are for) and 李四, whose data must never appear in 张三's documents. */
export function twoPartyFields(world: Pick<CaseWorld, 'zhang' | 'li'>, title: string) {
  return caseFields(world, {
    caseTitle: title,
    caseFacts: '经查，张三与李四（身份证号370102199002023456，电话13900000000，住市中区李家巷9号）共同组织未经登记的“城南老乡联谊会”开展募捐活动。',
    partyKind1: 'PERSON',
    partyName1: '李四',
    partyIdNumber1: '370102199002023456',
    partyAddress1: '市中区李家巷9号',
    partyPhone1: '13900000000',
  });
}

/** A penalty case at STATEMENT_OR_HEARING with a 5,000 yuan fine notified (no hearing right). */
export async function caseWithNotice(db: Db, world: CaseWorld, title: string) {
  const filed = await fileTestCase(db, world.officer, twoPartyFields(world, title), at('2026-01-05'));
  await advance(db, world.officer, filed.id, 'INVESTIGATION', { stepNote: '现场检查发现联谊会募捐箱及收据若干。' }, at('2026-01-06'));
  await addRecording(db, filed.id, world.officer.id, at('2026-01-07'));
  await advance(db, world.officer, filed.id, 'RIGHTS_NOTICE', { penaltyKinds: 'FINE', fineAmount: '5000', noticeServedOn: '2026-01-20' }, at('2026-01-20'));
  const parties = await db.caseParty.findMany({ where: { caseId: filed.id }, orderBy: { id: 'asc' } });
  const zhang = parties.find((p) => p.name === '张三')!;
  const li = parties.find((p) => p.name === '李四')!;
  return { caseId: filed.id, caseNumber: filed.caseNumber as string, zhang, li };
}

export function generate(db: Db, actor: Actor, store: AttachmentStore, caseId: string, type: DocumentType, partyId: string, now = at('2026-01-20', 11)) {
  return generateDocument(db, actor, { caseId, type, partyId }, { store, siteBase: 'http://portal.test' }, now);
}
