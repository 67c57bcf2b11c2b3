import 'server-only';
import { getDb } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { redactPersonalData } from '@/lib/domain/privacy';
import { messages } from '@/lib/i18n/messages';
import { loadLinkedParties } from '@/lib/queries/disclosure/public-text-facts';
import { dateColumn, listSelect, toListItem, type PublicDisclosure } from './dto';

// Detail page: a published item, or a withdrawn one. Never a draft, an item in review, or an
// approved one not yet published. A withdrawn item shows only the withdrawal notice: a neutral
// heading, the date and the public reason — none of its old title, summary, body or attachments
// (they may be why it was withdrawn). The reason was checked by the personal-data guard when it was
// written; it is redacted again here for reasons recorded before that check existed.
export async function getPublicDisclosure(id: string): Promise<PublicDisclosure | null> {
  const row = await getDb().disclosure.findFirst({
    where: { id, status: { in: ['PUBLISHED', 'WITHDRAWN'] }, publishedAt: { not: null } },
    select: {
      ...listSelect,
      status: true,
      formedOn: true,
      body: true,
      withdrawnAt: true,
      withdrawalReason: true,
      enforcementCaseId: true,
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return null;
  const base = { ...toListItem(row), formedOn: dateColumn(row.formedOn) };
  if (row.status === 'WITHDRAWN') {
    const parties = await loadLinkedParties(getDb(), row);
    return {
      ...base,
      title: messages.publicSite.detail.withdrawnTitle,
      summary: '',
      state: 'withdrawn',
      withdrawnOn: row.withdrawnAt ? toShanghaiDate(row.withdrawnAt) : null,
      withdrawalReason: redactPersonalData(row.withdrawalReason ?? '', parties),
    };
  }
  return {
    ...base,
    state: 'published',
    body: row.body,
    attachments: row.attachments.map((a) => ({ ...a, size: Number(a.size) })),
  };
}
