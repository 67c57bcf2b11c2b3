import 'server-only';
import { getDb } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { validityOf, VALIDITY_NAMES } from '@/lib/domain/disclosure/catalogue';
import { redactPersonalData } from '@/lib/domain/privacy';
import { messages } from '@/lib/i18n/messages';
import { loadLinkedParties } from '@/lib/queries/disclosure/public-text-facts';
import { listSelect, toListItem, type PublicDisclosure } from './dto';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// Detail page: a published item, or a withdrawn one. Never a draft, an item in review, or an
// approved one not yet published. A withdrawn item shows only the withdrawal notice: a neutral
// heading, the date and the public reason — none of its old title, summary, body or attachments
// (they may be why it was withdrawn). The reason was checked by the personal-data guard when it was
// written; it is redacted again here for reasons recorded before that check existed.
export async function getPublicDisclosure(id: string, now: Date = new Date()): Promise<PublicDisclosure | null> {
  const row = await getDb().disclosure.findFirst({
    where: { id, status: { in: ['PUBLISHED', 'WITHDRAWN'] }, publishedAt: { not: null } },
    select: {
      ...listSelect,
      status: true,
      formedOn: true,
      documentNumber: true,
      topic: true,
      validFrom: true,
      validUntil: true,
      body: true,
      withdrawnAt: true,
      withdrawalReason: true,
      enforcementCaseId: true,
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return null;
  const validFrom = row.validFrom ? isoOfDateColumn(row.validFrom) : null;
  const validUntil = row.validUntil ? isoOfDateColumn(row.validUntil) : null;
  const validity = validityOf({ category: row.category, validFrom, validUntil }, toShanghaiDate(now));
  const [previous, next] = await neighbours(row);
  const base = {
    ...toListItem(row),
    formedOn: isoOfDateColumn(row.formedOn),
    documentNumber: row.documentNumber,
    topic: row.topic,
    validity: validity ? { name: VALIDITY_NAMES[validity], validFrom, validUntil } : null,
    previous,
    next,
  };
  if (row.status === 'WITHDRAWN') {
    const parties = await loadLinkedParties(getDb(), row);
    return {
      ...base,
      documentNumber: null,
      topic: null,
      validity: null,
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

// Previous (older) and next (newer) published item of the same column; ties broken by id, the
// same order as the column's list.
async function neighbours(row: { id: string; category: PublicDisclosure['category']; publishedAt: Date | null }) {
  const at = row.publishedAt ?? new Date(0);
  const base = { category: row.category, status: 'PUBLISHED' as const, publishedAt: { not: null } };
  const select = { id: true, title: true } as const;
  return Promise.all([
    getDb().disclosure.findFirst({
      where: { ...base, OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: row.id } }] },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select,
    }),
    getDb().disclosure.findFirst({
      where: { ...base, OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: row.id } }] },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      select,
    }),
  ]);
}
