import 'server-only';
import type { Tx } from '@/lib/db';
import type { ReviewStatus, ReviewSubjectType } from '@/lib/generated/prisma/enums';

// The review engine writes a subject only through this adapter (what it reads of a subject is
// lib/queries/review/subjects.ts). Each subject kind (disclosure, major enforcement decision, major
// administrative decision, administrative contract) registers one adapter.
export type { ReviewSubjectSnapshot } from '@/lib/queries/review/subjects';
export type ReviewSubjectAdapter = {
  type: ReviewSubjectType;
  // Moves the subject's own status, in the same transaction as the review row.
  onSubmitted(tx: Tx, id: string): Promise<void>;
  onDecided(tx: Tx, id: string, outcome: Extract<ReviewStatus, 'APPROVED' | 'RETURNED' | 'REFERRED'>): Promise<void>;
};
