import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { CHECKLIST_KINDS, CHECKLISTS, type Checklist } from '@/lib/domain/review/checkpoints';
import { decideReview } from '@/lib/services/review/decide-review';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { checkAndSubmit, makeDraft, makeReviewer } from '../factories/disclosures';
import { decisionInput, makeContract, makeDecision, reviewCounts } from '../factories/review';
import { makeUser } from '../factories/users';

// Each kind of subject is reviewed against its own checklist (issue 12): the database sets the
// round's checklist from the subject, holds the same lists as the domain, and refuses a decision
// over another list's points, an undecided point or an approval over a 不符合 point.

const db = () => getDb();
let app: pg.Client;
let editor: Actor;
let drafter: Actor;
let reviewer: Actor;
beforeAll(async () => {
  app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await app.connect();
  editor = await makeUser(db(), { roles: ['EDITOR'], name: '清单编辑' });
  drafter = await makeUser(db(), { roles: ['OFFICER'], name: '清单起草' });
  reviewer = await makeReviewer(db());
});
afterAll(() => app.end());

describe('checklists per subject type', () => {
  it('the database holds the same checklists as the domain', async () => {
    for (const kind of CHECKLIST_KINDS) {
      const { rows } = await app.query<{ keys: string[] }>(`SELECT review_checklist_keys($1::"ReviewChecklist") AS keys`, [kind]);
      expect(rows[0]?.keys).toEqual([...CHECKLISTS[kind]]);
    }
  });

  it('a notice, a normative document, a major decision and a contract each get their own checklist, set by the database', async () => {
    const notice = await checkAndSubmit(db(), editor, (await makeDraft(db(), editor, { title: '清单测试通知' })).id);
    const normative = await checkAndSubmit(db(), editor, (await makeDraft(db(), editor, { category: 'NORMATIVE_DOCUMENT', title: '清单测试规范性文件' })).id);
    const decision = await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: (await makeDecision(db(), drafter)).id });
    const contract = await submitForReview(db(), drafter, { subjectType: 'ADMIN_CONTRACT', subjectId: (await makeContract(db(), drafter)).id });
    const lists = await Promise.all([notice, normative, decision, contract].map((r) => db().legalReview.findUniqueOrThrow({ where: { id: r.id } })));
    expect(lists.map((r) => r.checklist)).toEqual(['DISCLOSURE', 'NORMATIVE_DOCUMENT', 'MAJOR_ADMIN_DECISION', 'ADMIN_CONTRACT']);
    // The lists really differ: a notice is not checked for 执法人员资格, a normative document is for 公平竞争审查.
    expect(CHECKLISTS.DISCLOSURE).not.toContain('OFFICER_QUALIFICATION');
    expect(CHECKLISTS.NORMATIVE_DOCUMENT).toContain('ND_FAIR_COMPETITION');
    expect(new Set(lists.map((r) => CHECKLISTS[r.checklist].join()))).toHaveProperty('size', 4);

    // A caller cannot choose another list: the database sets it from the subject.
    const { rows } = await app.query<{ checklist: string }>(
      `INSERT INTO "LegalReview" (id, "subjectType", "subjectId", title, "subjectAuthorIds", round, "contentHash", "submittedById", "dueOn", "dueExplanation", checklist)
       SELECT 'forged-checklist', "subjectType", "subjectId", title, '{}', 99, "contentHash", "submittedById", "dueOn", "dueExplanation", 'MAJOR_ADMIN_DECISION'
       FROM "LegalReview" WHERE id = $1 RETURNING checklist`,
      [notice.id],
    );
    expect(rows[0]?.checklist).toBe('DISCLOSURE');
  });

  it('the service refuses the nine enforcement points for a notice, and nothing is written', async () => {
    const round = await checkAndSubmit(db(), editor, (await makeDraft(db(), editor, { title: '九项要点不适用的通知' })).id);
    const before = await reviewCounts(db());
    await expect(decideReview(db(), reviewer, decisionInput(round.id, 'APPROVED', '', 'ENFORCEMENT_DECISION'))).rejects.toThrow('审核要点与本轮送审事项不一致');
    const undecided = decisionInput(round.id, 'APPROVED', '', 'DISCLOSURE');
    undecided.checkpoints[2] = { ...undecided.checkpoints[2]!, passed: null };
    await expect(decideReview(db(), reviewer, undecided)).rejects.toThrow('以下审核要点尚未作出“符合”或“不符合”的结论：国家秘密');
    const failed = decisionInput(round.id, 'APPROVED', '', 'DISCLOSURE');
    failed.checkpoints[3] = { ...failed.checkpoints[3]!, passed: false };
    await expect(decideReview(db(), reviewer, failed)).rejects.toThrow('审核要点“个人信息与商业秘密”不符合，不能作出同意的审核意见');
    expect(await reviewCounts(db())).toEqual(before);
    // Returned with the 不符合 point and its note: accepted.
    failed.outcome = 'RETURNED';
    failed.opinion = '附件含个人身份证号，请删除后重新送审。';
    await decideReview(db(), reviewer, failed);
    const decided = await db().legalReview.findUniqueOrThrow({ where: { id: round.id }, include: { checkpoints: true } });
    expect(decided.status).toBe('RETURNED');
    expect(decided.checkpoints.map((c) => c.key).sort()).toEqual([...CHECKLISTS.DISCLOSURE].sort());
  });

  it("the database refuses a decision over another list's points, a missing point, or an approval over 不符合", async () => {
    const reviewerId = reviewer.id;
    const pendingRound = async (title: string) => (await checkAndSubmit(db(), editor, (await makeDraft(db(), editor, { title })).id)).id;
    const write = (id: string, keys: readonly string[], passed = true) =>
      app.query(`INSERT INTO "ReviewCheckpoint" ("reviewId", key, passed, note) SELECT $1, k::"ReviewCheckpointKey", $3, '经审查' FROM unnest($2::text[]) k`, [id, keys, passed]);
    const decideRaw = (id: string, status = 'APPROVED') =>
      app.query(`UPDATE "LegalReview" SET status = $2::"ReviewStatus", "reviewerId" = $3, "decidedAt" = now(), opinion = '意见' WHERE id = $1`, [id, status, reviewerId]);

    const other = await pendingRound('（清单）他类要点');
    await expect(write(other, ['BODY'])).rejects.toThrow(/not a point of this round's checklist/);

    const missing = await pendingRound('（清单）缺一项');
    await write(missing, CHECKLISTS.DISCLOSURE.slice(0, 4));
    await expect(decideRaw(missing)).rejects.toThrow(/noted conclusion on every checkpoint/);

    const failedOne = await pendingRound('（清单）不符合仍同意');
    await write(failedOne, CHECKLISTS.DISCLOSURE.slice(0, 4));
    await write(failedOne, CHECKLISTS.DISCLOSURE.slice(4), false);
    await expect(decideRaw(failedOne)).rejects.toThrow(/cannot have a failed checkpoint/);
    await decideRaw(failedOne, 'RETURNED'); // returning with it is what the rule allows
  });

  it('every checklist kind is a value of the database enum', async () => {
    const { rows } = await app.query<{ v: Checklist }>(`SELECT unnest(enum_range(NULL::"ReviewChecklist"))::text AS v`);
    expect(rows.map((r) => r.v)).toEqual(CHECKLIST_KINDS);
  });
});
