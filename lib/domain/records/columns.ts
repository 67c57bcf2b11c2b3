// Which columns of the append-only records are hashed, which link the chain, and which carry the
// seal (the MAC). Listed by hand on purpose: a column added to one of these models without being
// listed here fails lib/domain/records/columns.test.ts (it compares with Prisma's field list), so
// no column can silently sit outside the hash.

export const CASE_STEP_COLUMNS = {
  hashed: ['id', 'caseId', 'seq', 'key', 'actorId', 'occurredAt', 'note', 'documents', 'recordingWaiverReason', 'chainSeq', 'hashVersion'],
  link: ['prevHash', 'hash'],
  seal: ['mac', 'macKeyId'],
} as const;

export const EVIDENCE_ITEM_COLUMNS = {
  hashed: [
    'id',
    'caseId',
    'stepId',
    'kind',
    'storageKey',
    'fileName',
    'mimeType',
    'size',
    'sha256',
    'deviceId',
    'officerId',
    'capturedAt',
    'createdAt',
    'uploadedById',
    'chainSeq',
    'hashVersion',
  ],
  link: ['prevHash', 'hash'],
  seal: ['mac', 'macKeyId'],
} as const;

/** AuditEvent is hashed in SQL (audit_event_hash, migration 20261127000000_init): these columns, in this order. */
export const AUDIT_EVENT_COLUMNS = {
  hashed: ['id', 'occurredAt', 'actorId', 'action', 'entityType', 'entityId', 'before', 'after'],
  link: ['prevHash', 'hash'],
  seal: ['mac', 'macKeyId'],
} as const;

/**
 * Rows written before migration 20261205030000_record_authorship were hashed over fewer columns
 * (hashVersion 1); their seal (added once by `npm run records:sign`) covers every column anyway.
 */
export const CASE_STEP_V1_HASHED = ['id', 'caseId', 'seq', 'key', 'actorId', 'occurredAt', 'note', 'documents'] as const;
export const EVIDENCE_ITEM_V1_HASHED = ['id', 'caseId', 'stepId', 'kind', 'storageKey', 'fileName', 'mimeType', 'size', 'sha256', 'deviceId', 'officerId', 'capturedAt'] as const;

/** The hash version every new case-file row is written with. */
export const CURRENT_HASH_VERSION = 2;
