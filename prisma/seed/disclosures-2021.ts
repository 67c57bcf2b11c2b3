// The seed report's "在区政府门户网站主动公开各类信息365条": 365 items published in 2021, all
// categories together, each taken through the real workflow (draft → secrecy check → legal review
// when its category requires it → publication) by the services the UI calls. Every notice and
// circular is reviewed, with the district legal-affairs office's opinion recorded.
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { addDays, dayOfWeek, type IsoDate } from '@/lib/domain/calendar';
import { CHECKLISTS } from '@/lib/domain/review/checkpoints';
import { APPROVAL_OPINIONS, REVIEW_NOTES } from './review-notes';
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';
import { Readable } from 'node:stream';
import { reportToPdf } from '@/lib/export/pdf';
import { attachDisclosureFile } from '@/lib/services/disclosure/attach-disclosure-file';
import { createDraft } from '@/lib/services/disclosure/create-draft';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { decideReview } from '@/lib/services/review/decide-review';
import { recordExternalOpinion } from '@/lib/services/review/record-external-opinion';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { TOPICS, bodyFor, normativeMeta, titleFor, topicClass } from './disclosure-texts';
import { ENFORCEMENT_PUBLICITY_PUBLISHED_2021 } from './enforcement-2021';

// How the 365 items of 2021 divide between the categories.
export const DISCLOSURE_PLAN_2021: Record<DisclosureCategory, number> = {
  WORK_NEWS: 235,
  POLICY_REGULATION: 38,
  POLICY_INTERPRETATION: 16,
  FUNCTIONS: 6,
  NOTICE: 24,
  NORMATIVE_DOCUMENT: 2,
  // 42 in all; the 2021 enforcement cases publish some of them as their after-decision publicity.
  ENFORCEMENT_PUBLICITY: 42 - ENFORCEMENT_PUBLICITY_PUBLISHED_2021,
  ANNUAL_REPORT: 2,
};

const GATED = new Set<DisclosureCategory>(['NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT']);
const BUREAU = '市中区民政局';

type Actors = { editor: Actor; director: Actor; reviewer: Actor };

// Spread n items over the working weekdays of 2021 (weekends skipped; a few holidays may be hit,
// which is realistic for news of holiday-time work).
function spreadOverYear(n: number, offset: number): IsoDate[] {
  const weekdays: IsoDate[] = [];
  for (let d: IsoDate = '2021-01-04'; d <= '2021-12-30'; d = addDays(d, 1)) {
    const dow = dayOfWeek(d);
    if (dow !== 0 && dow !== 6) weekdays.push(d);
  }
  return Array.from({ length: n }, (_, i) => weekdays[(Math.floor(((i + 0.5) * weekdays.length) / n) + offset) % weekdays.length]!);
}

const at = (date: IsoDate, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

async function approve(db: Db, actors: Actors, disclosureId: string, formedOn: IsoDate, index: number) {
  const review = await submitForReview(db, actors.editor, { subjectType: 'DISCLOSURE', subjectId: disclosureId }, at(formedOn, 10));
  // Reviewed and published the same day, so December items stay in 2021.
  const reviewDay = formedOn;
  await recordExternalOpinion(
    db,
    actors.reviewer,
    {
      reviewId: review.id,
      issuingBody: '市中区司法局（区法制办）',
      documentNumber: `市中司审〔2021〕${index + 1}号`,
      issuedOn: reviewDay,
      summary: '经审查，该文件主体适格、内容合法、程序规范，同意发布。',
    },
    at(reviewDay, 11),
  );
  await decideReview(
    db,
    actors.reviewer,
    {
      reviewId: review.id,
      checklist: review.checklist,
      outcome: 'APPROVED',
      opinion: review.checklist === 'NORMATIVE_DOCUMENT' ? APPROVAL_OPINIONS.NORMATIVE_DOCUMENT : APPROVAL_OPINIONS.DISCLOSURE,
      checkpoints: CHECKLISTS[review.checklist].map((key) => ({ key, passed: true, note: REVIEW_NOTES[key] })),
    },
    at(reviewDay, 15),
  );
}

async function attachPdf(db: Db, editor: Actor, draft: { id: string; title: string; body: string }, now: Date) {
  const blocks = [
    { kind: 'title' as const, text: draft.title },
    ...draft.body
      .split('\n\n')
      .map((text, i) => (text.startsWith('## ') ? { kind: 'heading1' as const, text: text.slice(3) } : { kind: 'paragraph' as const, text, key: `p${i}` })),
  ];
  const pdf = await reportToPdf(blocks, { title: draft.title, author: BUREAU });
  await attachDisclosureFile(
    db,
    editor,
    { disclosureId: draft.id, fileName: `${draft.title}.pdf`, declaredType: 'application/pdf', stream: Readable.from([pdf]) },
    { store: getAttachmentStore() },
    now,
  );
}

export async function seedDisclosures2021(db: Db, actors: Actors): Promise<number> {
  let published = 0;
  let gatedIndex = 0;
  const categories = Object.entries(DISCLOSURE_PLAN_2021) as [DisclosureCategory, number][];
  for (const [c, [category, count]] of categories.entries()) {
    // Last year's reports are due by 31 January (disclosure) and before 1 April (rule of law).
    const dates = category === 'ANNUAL_REPORT' ? ['2021-01-29', '2021-03-26'] : spreadOverYear(count, c);
    for (const [i, formedOn] of dates.entries()) {
      const topic = TOPICS[(i + c * 3) % TOPICS.length]!;
      const draft = await createDraft(
        db,
        actors.editor,
        {
          category,
          title: titleFor(category, topic, i, formedOn),
          summary: `${topic.name}相关信息。`,
          body: bodyFor(category, topic, formedOn, i),
          sourceDepartment: BUREAU,
          formedOn,
          topic: category === 'FUNCTIONS' || category === 'ANNUAL_REPORT' ? '综合政务' : topicClass(topic),
          ...(category === 'NOTICE' ? { documentNumber: /（(市中民.〔2021〕\d+号)）/.exec(titleFor(category, topic, i, formedOn))?.[1] } : {}),
          ...(category === 'NORMATIVE_DOCUMENT' ? normativeMeta(i) : {}),
        },
        at(formedOn, 9),
      );
      // Normative documents and annual reports carry their full text as a PDF attachment.
      if (category === 'NORMATIVE_DOCUMENT' || category === 'ANNUAL_REPORT') await attachPdf(db, actors.editor, draft, at(formedOn, 9));
      await recordSecrecyCheck(db, actors.director, { id: draft.id, note: '经审查，不涉及国家秘密、工作秘密和个人隐私。' }, at(formedOn, 9));
      if (GATED.has(category)) await approve(db, actors, draft.id, formedOn, gatedIndex++);
      await publishDisclosure(db, actors.editor, { id: draft.id }, at(formedOn, 16));
      published += 1;
    }
  }
  return published;
}
