import 'server-only';
import { getDb } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { dateColumn, listSelect, toListItem, type PublicDisclosure } from './dto';

// Detail page: a published item, or a withdrawn one (which shows the public withdrawal reason
// in place of its body and attachments). Never a draft, an item in review, or an approved one
// not yet published.
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
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return null;
  const base = { ...toListItem(row), formedOn: dateColumn(row.formedOn) };
  if (row.status === 'WITHDRAWN') {
    return {
      ...base,
      state: 'withdrawn',
      withdrawnOn: row.withdrawnAt ? toShanghaiDate(row.withdrawnAt) : null,
      withdrawalReason: row.withdrawalReason ?? '',
    };
  }
  return {
    ...base,
    state: 'published',
    body: row.body,
    attachments: row.attachments.map((a) => ({ ...a, size: Number(a.size) })),
  };
}
