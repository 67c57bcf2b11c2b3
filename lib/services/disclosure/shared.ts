import 'server-only';
import type { DisclosureRow } from '@/lib/queries/disclosure/find-disclosure';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DisclosureContent } from '@/lib/domain/disclosure/workflow';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

// Helpers shared by the disclosure use cases (not use cases themselves).

export function contentOf(
  row: Pick<DisclosureRow, 'category' | 'title' | 'summary' | 'body' | 'sourceDepartment' | 'formedOn' | 'documentNumber' | 'topic' | 'validFrom' | 'validUntil'>,
): DisclosureContent {
  return {
    category: row.category,
    title: row.title,
    summary: row.summary,
    body: row.body,
    sourceDepartment: row.sourceDepartment,
    formedOn: isoOfDateColumn(row.formedOn),
    documentNumber: row.documentNumber ?? '',
    topic: row.topic ?? '',
    validFrom: row.validFrom ? isoOfDateColumn(row.validFrom) : '',
    validUntil: row.validUntil ? isoOfDateColumn(row.validUntil) : '',
  };
}

// The catalogue metadata as columns: absent ('') is NULL. Validity only for normative documents.
export function catalogueColumns(content: { category: string; documentNumber?: string; topic?: string; validFrom?: string; validUntil?: string }) {
  const normative = content.category === 'NORMATIVE_DOCUMENT';
  return {
    documentNumber: content.documentNumber || null,
    topic: content.topic || null,
    validFrom: normative && content.validFrom ? toDateColumn(content.validFrom) : null,
    validUntil: normative && content.validUntil ? toDateColumn(content.validUntil) : null,
  };
}

// What the audit log keeps of a disclosure: enough to trace it, the hash standing in for the body.
export function auditSnapshot(row: DisclosureRow): Prisma.InputJsonValue {
  return {
    category: row.category,
    title: row.title,
    status: row.status,
    contentHash: row.contentHash,
    sourceDepartment: row.sourceDepartment,
    formedOn: isoOfDateColumn(row.formedOn),
    ...(row.indexNumber ? { indexNumber: row.indexNumber } : {}),
    ...(row.documentNumber ? { documentNumber: row.documentNumber } : {}),
  };
}

export function conflict(): never {
  throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
}

// Clearing the secrecy check: the next version must be checked again (the audit log keeps the old one).
export const CLEARED_SECRECY_CHECK = { secrecyCheckedById: null, secrecyCheckedAt: null, secrecyNote: null } as const;

/**
 * Records who changed the content: the author and every editor are barred from reviewing it (the
 * review trigger reads Disclosure.editorIds; the list only ever grows).
 */
export function editedBy(row: Pick<DisclosureRow, 'authorId' | 'editorIds'>, actorId: string): { editorIds?: { push: string } } {
  return row.authorId === actorId || row.editorIds.includes(actorId) ? {} : { editorIds: { push: actorId } };
}
