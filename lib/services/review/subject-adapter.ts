import 'server-only';
import type { Actor } from '@/lib/auth/guard';
import type { Tx } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import type { Checklist } from '@/lib/domain/review/checkpoints';
import type { ReviewContent } from '@/lib/domain/review/content';
import type { ReviewStatus, ReviewSubjectType } from '@/lib/generated/prisma/enums';

// The review engine knows a subject only through this adapter: a type, an id, a title, who wrote
// it, and the hash of the content under review. Each subject kind (disclosure, major enforcement
// decision, major administrative decision, administrative contract) registers one adapter.
export type ReviewSubjectSnapshot = {
  title: string;
  contentHash: string;
  // The review points it is checked against (the database sets the same on the round).
  checklist: Checklist;
  // Authors and owners of the subject: none of them may review it.
  authorIds: string[];
  // Why the subject cannot be sent for review now (empty when it can).
  submitBlockers: Blocker[];
};

export type ReviewSubjectAdapter = {
  type: ReviewSubjectType;
  // Reads the subject inside the engine's transaction; throws AppError NOT_FOUND when missing.
  // Given the submitter, submitBlockers also says whether they may send this subject.
  load(tx: Tx, id: string, submitter?: Actor): Promise<ReviewSubjectSnapshot>;
  // What the reviewer reads, as it will be published or decided: kept with the round at submission.
  content(tx: Tx, id: string): Promise<ReviewContent>;
  // Moves the subject's own status, in the same transaction as the review row.
  onSubmitted(tx: Tx, id: string): Promise<void>;
  onDecided(tx: Tx, id: string, outcome: Extract<ReviewStatus, 'APPROVED' | 'RETURNED' | 'REFERRED'>): Promise<void>;
};
