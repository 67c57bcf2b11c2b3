import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { tableToXlsx } from '@/lib/export/xlsx-table';
import { messages } from '@/lib/i18n/messages';
import { listRemedies } from '@/lib/queries/remedies/remedy-register';

const t = messages.remedies;
const f = t.fields;

export const remediesTitle = (year: number) => `${messages.site.bureau}${year}年${t.title}`;

// The year's register as an xlsx, with every column the page shows.
export async function exportRemedies(db: Db, actor: Actor, options: { year: number }): Promise<Uint8Array> {
  assertCan(actor, 'legalAffairs.manage');
  const rows = await listRemedies(db, options);
  const columns = [
    ['序号', 6],
    [f.remedyKind, 10],
    [f.caseNumber, 18],
    [f.organ, 18],
    [f.claimant, 14],
    [f.challengedDecision, 28],
    [f.aboutDisclosure, 10],
    [f.receivedOn, 12],
    [f.answerDueOn, 12],
    [f.answeredOn, 12],
    [f.hearingOn, 12],
    [f.headAppeared, 10],
    [f.outcome, 10],
    [f.concludedOn, 12],
    [f.notes, 24],
  ] as const;
  return tableToXlsx({
    title: remediesTitle(options.year),
    columns: columns.map(([header, width]) => ({ header, width })),
    rows: rows.map((r, i) => [
      i + 1,
      t.kinds[r.kind],
      r.caseNumber,
      r.organ,
      r.claimant,
      r.challengedDecision,
      r.aboutDisclosure ? '是' : '否',
      r.receivedOn,
      r.answerDueOn,
      r.answeredOn ?? (r.answerLate ? t.answerLate : ''),
      r.hearingOn,
      r.headAppeared === null ? '' : t.appeared[String(r.headAppeared) as 'true' | 'false'],
      r.outcome ? t.outcomes[r.outcome] : t.pending,
      r.concludedOn,
      r.notes,
    ]),
  });
}
