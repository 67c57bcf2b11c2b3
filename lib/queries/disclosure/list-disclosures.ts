import 'server-only';
import type { Db } from '@/lib/db';
import type { DisclosureCategory } from '@/lib/domain/disclosure/categories';
import type { DisclosureStatus } from '@/lib/domain/disclosure/workflow';
import type { Prisma } from '@/lib/generated/prisma/client';
import { containsTextIgnoringCase } from '@/lib/queries/like';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export const STAFF_PAGE_SIZE = 30;

export type DisclosureListFilters = { status?: DisclosureStatus | undefined; category?: DisclosureCategory | undefined; q?: string | undefined; page?: number };

export type DisclosureListRow = {
  id: string;
  indexNumber: string | null;
  category: DisclosureCategory;
  title: string;
  status: DisclosureStatus;
  formedOn: string;
  updatedAt: Date;
  publishedAt: Date | null;
  authorName: string;
};

// Staff list: every status, newest change first.
export async function listDisclosures(db: Db, filters: DisclosureListFilters = {}) {
  const page = Math.max(1, filters.page ?? 1);
  const where: Prisma.DisclosureWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.q ? { title: containsTextIgnoringCase(filters.q) } : {}),
  };
  const [rows, total] = await Promise.all([
    db.disclosure.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        indexNumber: true,
        category: true,
        title: true,
        status: true,
        formedOn: true,
        updatedAt: true,
        publishedAt: true,
        author: { select: { name: true } },
      },
    }),
    db.disclosure.count({ where }),
  ]);
  return {
    page,
    pageSize: STAFF_PAGE_SIZE,
    total,
    rows: rows.map(({ author, formedOn, ...row }): DisclosureListRow => ({ ...row, formedOn: isoOfDateColumn(formedOn), authorName: author.name })),
  };
}
