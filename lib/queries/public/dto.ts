import 'server-only';
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { shanghaiYearBounds } from './year-range';

// What the public site may show of a disclosure. Built from an explicit column list: author,
// secrecy check, review and case data are never selected, so they cannot leak through a page,
// a feed or a cache entry. Dates are strings so the DTOs survive serialisation unchanged.
export type PublicListItem = {
  id: string;
  category: DisclosureCategory;
  indexNumber: string | null;
  title: string;
  summary: string;
  sourceDepartment: string;
  /** Asia/Shanghai calendar date of publication, YYYY-MM-DD. */
  publishedOn: string;
  publishedAt: string;
};

export type PublicAttachment = { id: string; fileName: string; mimeType: string; size: number };

/** The neighbours of an item in its column, by publication time (older = previous). */
export type PublicNeighbour = { id: string; title: string } | null;

export type PublicDisclosure = PublicListItem & {
  formedOn: string;
  /** 文号, 主题分类: null when not recorded. */
  documentNumber: string | null;
  topic: string | null;
  /** 有效性: only for normative documents (有效 / 失效 / 尚未施行), with its dates. */
  validity: { name: string; validFrom: string | null; validUntil: string | null } | null;
  previous: PublicNeighbour;
  next: PublicNeighbour;
} & ({ state: 'published'; body: string; attachments: PublicAttachment[] } | { state: 'withdrawn'; withdrawnOn: string | null; withdrawalReason: string });

export const listSelect = {
  id: true,
  category: true,
  indexNumber: true,
  title: true,
  summary: true,
  sourceDepartment: true,
  publishedAt: true,
} as const;

type ListRow = {
  id: string;
  category: DisclosureCategory;
  indexNumber: string | null;
  title: string;
  summary: string;
  sourceDepartment: string;
  publishedAt: Date | null;
};

export function toListItem(row: ListRow): PublicListItem {
  // Only rows with a publication time are ever selected (status PUBLISHED/WITHDRAWN).
  const publishedAt = row.publishedAt ?? new Date(0);
  return {
    id: row.id,
    category: row.category,
    indexNumber: row.indexNumber,
    title: row.title,
    summary: row.summary,
    sourceDepartment: row.sourceDepartment,
    publishedOn: toShanghaiDate(publishedAt),
    publishedAt: publishedAt.toISOString(),
  };
}

/** Half-open UTC range of an Asia/Shanghai calendar year. */
export const shanghaiYearRange = shanghaiYearBounds;
