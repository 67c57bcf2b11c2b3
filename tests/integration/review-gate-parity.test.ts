import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { approvesContent } from '@/lib/domain/review/approval';
import { hasApprovedReview } from '@/lib/queries/review/find-approved-review';
import { makeApprovedNotice, makeDraft, makeReviewer } from '../factories/disclosures';
import { makeUser } from '../factories/users';

// "No publication without an approved review of the current content" is held twice: by the domain
// (lib/domain/review/approval.ts) and by the database's gates (legal_review_approves and
// has_approved_review, migration 20261206050000). The same matrix goes through both, on the
// portal's own role; changing one without the other fails here. (The categories that need review:
// trust-review-db.test.ts runs the matching matrix through requiresReview and disclosure_requires_review_under.)

const STATUSES = ['PENDING', 'APPROVED', 'RETURNED', 'REFERRED', 'SUPERSEDED'] as const;
const HASHES = ['h1', 'h2', ''] as const;

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser(getDb(), { roles: ['EDITOR'], name: '李编辑' });
  reviewer = await makeReviewer(getDb());
});

describe('the domain and the database agree on what approves the current content', () => {
  it('legal_review_approves equals approvesContent over every status, round hash and current hash', async () => {
    const db = getDb();
    let compared = 0;
    for (const status of STATUSES) {
      for (const roundHash of HASHES) {
        for (const currentHash of HASHES) {
          const [row] = await db.$queryRawUnsafe<{ approves: boolean }[]>(`SELECT legal_review_approves($1::"ReviewStatus", $2, $3) AS approves`, status, roundHash, currentHash);
          expect(row?.approves, `${status} of "${roundHash}" for current "${currentHash}"`).toBe(approvesContent({ status, contentHash: roundHash }, currentHash));
          compared += 1;
        }
      }
    }
    expect(compared).toBe(STATUSES.length * HASHES.length * HASHES.length);
  });

  it('has_approved_review (the gates) and hasApprovedReview (the services) agree on real rounds', async () => {
    const db = getDb();
    const approved = await makeApprovedNotice(db, editor, reviewer, { title: '关于养老机构安全检查的通告' });
    const draft = await makeDraft(db, editor, { title: '未送审的通告' });
    const cases = [
      { id: approved.id, hash: approved.contentHash },
      { id: approved.id, hash: 'another content' },
      { id: approved.id, hash: '' },
      { id: draft.id, hash: draft.contentHash },
    ];
    for (const { id, hash } of cases) {
      const [row] = await db.$queryRawUnsafe<{ approved: boolean }[]>(`SELECT has_approved_review('DISCLOSURE', $1, $2) AS approved`, id, hash);
      expect(row?.approved, `${id} at ${hash}`).toBe(await hasApprovedReview(db, { subjectType: 'DISCLOSURE', subjectId: id, contentHash: hash }));
    }
    expect(await hasApprovedReview(db, { subjectType: 'DISCLOSURE', subjectId: approved.id, contentHash: approved.contentHash })).toBe(true);
  });
});
