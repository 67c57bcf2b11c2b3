import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/browser';
import { AUDIT_EVENT_COLUMNS, CASE_STEP_COLUMNS, EVIDENCE_ITEM_COLUMNS } from './columns';

// Prisma's scalar field list is generated from prisma/schema.prisma: a column added to one of the
// append-only models without being listed (hashed, chain link or seal) fails here.
const listed = (columns: { hashed: readonly string[]; link: readonly string[]; seal: readonly string[] }) => [...columns.hashed, ...columns.link, ...columns.seal].sort();

describe('record columns', () => {
  it.each([
    ['CaseStep', CASE_STEP_COLUMNS, Prisma.CaseStepScalarFieldEnum],
    ['EvidenceItem', EVIDENCE_ITEM_COLUMNS, Prisma.EvidenceItemScalarFieldEnum],
    ['AuditEvent', AUDIT_EVENT_COLUMNS, Prisma.AuditEventScalarFieldEnum],
  ] as const)('every column of %s is hashed, a chain link or the seal', (_model, columns, fields) => {
    expect(listed(columns)).toEqual(Object.values(fields).sort());
    expect(new Set(listed(columns)).size).toBe(listed(columns).length);
  });
});
