import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CredentialsSignin } from 'next-auth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initialActionState } from '@/lib/action-state';
import { requirePermission } from '@/lib/auth/current-actor';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { can, ROLES, type Permission, type Role } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { setUserActive } from '@/lib/services/users/set-user-active';
import { actAs, form } from '../setup/act-as';
import { changedTables, closeFingerprint, tableFingerprint } from '../setup/db-fingerprint';
import { discoverEndpoints, type DiscoveredEndpoint } from '../setup/endpoints';
import { makeApprovedNotice, makeDraft, checkAndSubmit } from '../factories/disclosures';
import { addRecording, caseFields, fileTestCase } from '../factories/enforcement';
import { SAMPLES } from '../factories/evidence';
import { makeEntity } from '../factories/inspections';
import { makeOfficer, officerWorkbook, sheetRow, xlsxUpload } from '../factories/officers';
import { makeContract, makeDecision, makeQualifiedReviewer } from '../factories/review';
import { ensureAdmin, makeUser } from '../factories/users';

// The authorisation matrix (issue 10, "tests that find the next gap"). Every server action export
// and every route handler is discovered from the code (tests/setup/endpoints.ts); the table below
// must name each one with the permission it needs. Each endpoint is then called as every role,
// signed out, as a disabled user holding every role, and — for case-scoped endpoints — as an
// OFFICER who is not on the case. A refused caller must get the refusal (the action's refusal
// state, or HTTP 401/403) and write nothing anywhere in the database; an allowed caller must not
// be refused for a permission reason (it may still fail validation or a business rule).

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock('next/navigation', () => ({ redirect: vi.fn() }));
// Public forms read the client's address from the request headers (rate limits, lib/public-action.ts).
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.7' }) }));
// next-auth's signIn/signOut need a Next request scope (cookies, headers); outside it they are
// replaced, the rest of the sign-in action (validation, its messages) and the handlers stay real.
vi.mock('@/lib/auth/auth', async (original) => ({
  ...(await original<typeof import('@/lib/auth/auth')>()),
  signIn: vi.fn(async () => {
    throw new CredentialsSignin();
  }),
  signOut: vi.fn(async () => undefined),
}));

// The permission checks themselves are observed (not replaced): which permission the endpoint
// asked for (requirePermission, can) and which one its service re-checked (assertCan), so that
// deleting either layer's check on its own is seen even where the other layer still refuses.
vi.mock('@/lib/auth/current-actor', async (original) => {
  const real = await original<typeof import('@/lib/auth/current-actor')>();
  return { ...real, requirePermission: vi.fn(real.requirePermission) };
});
vi.mock('@/lib/auth/guard', async (original) => {
  const real = await original<typeof import('@/lib/auth/guard')>();
  return { ...real, assertCan: vi.fn(real.assertCan) };
});
vi.mock('@/lib/domain/auth/permissions', async (original) => {
  const real = await original<typeof import('@/lib/domain/auth/permissions')>();
  return { ...real, can: vi.fn(real.can) };
});

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'matrix-storage-'));
// next-auth's handlers refuse to run without a secret (the e2e server sets one the same way).
process.env.AUTH_SECRET ??= 'matrix-test-only-secret-0123456789abcdef';

// ── The world the endpoints act on ─────────────────────────────────────────────────────────────
type World = {
  users: Record<Role, Actor>;
  disabled: Actor;
  outsider: Actor;
  targetUser: Actor;
  caseId: string;
  onCaseOfficerId: string;
  outsiderOfficerId: string;
  hostOfficerId: string;
  evidenceId: string;
  draftId: string;
  draftUpdatedAt: string;
  publishedId: string;
  reviewId: string;
  decisionId: string;
  contractId: string;
  entityId: string;
  certificateId: string;
  importFile: Uint8Array;
};
let w: World;

const NOW = new Date();
const TODAY = NOW.toISOString().slice(0, 10);
const YEAR = NOW.getUTCFullYear();

beforeAll(async () => {
  const db = getDb();
  const admin = await ensureAdmin(db);
  const reviewer = await makeQualifiedReviewer(db, { name: '矩阵法审' });
  const users: Record<Role, Actor> = {
    ADMIN: admin,
    DIRECTOR: await makeUser(db, { roles: ['DIRECTOR'], name: '矩阵局长' }),
    EDITOR: await makeUser(db, { roles: ['EDITOR'], name: '矩阵编辑' }),
    LEGAL_REVIEWER: reviewer,
    OFFICER: await makeUser(db, { roles: ['OFFICER'], name: '矩阵办案' }),
    HEARING_HOST: await makeUser(db, { roles: ['HEARING_HOST'], name: '矩阵主持' }),
  };
  const disabled = await makeUser(db, { roles: [...ROLES], name: '已停用' });
  await setUserActive(db, admin, { userId: disabled.id, active: false });
  const outsider = await makeUser(db, { roles: ['OFFICER'], name: '局外办案' });
  const targetUser = await makeUser(db, { roles: ['EDITOR'], name: '被管理用户' });

  const onCase = await makeOfficer(db, admin, { name: '矩阵办案', userId: users.OFFICER.id });
  const colleague = await makeOfficer(db, admin, { name: '矩阵同事' });
  const outsiderOfficer = await makeOfficer(db, admin, { name: '局外办案', userId: outsider.id });
  const host = await makeOfficer(db, admin, {
    name: '矩阵主持',
    userId: users.HEARING_HOST.id,
    certificates: [{ kind: 'HEARING_HOST', category: '听证主持人证' }],
  });
  const kase = await fileTestCase(db, users.OFFICER, caseFields({ zhang: onCase.id, li: colleague.id }, { filedOn: TODAY }), NOW);
  const evidence = await addRecording(db, kase.id, users.OFFICER.id, NOW, 'PHOTO');

  const draft = await makeDraft(db, users.EDITOR, { title: '矩阵草稿' });
  const published = await makeApprovedNotice(db, users.EDITOR, reviewer, { title: '矩阵已审通告' });
  const pending = await makeDraft(db, users.EDITOR, { title: '矩阵待审' });
  const review = await checkAndSubmit(db, users.EDITOR, pending.id);

  w = {
    users,
    disabled,
    outsider,
    targetUser,
    caseId: kase.id,
    onCaseOfficerId: onCase.id,
    outsiderOfficerId: outsiderOfficer.id,
    hostOfficerId: host.id,
    evidenceId: evidence.id,
    draftId: draft.id,
    draftUpdatedAt: draft.updatedAt.toISOString(),
    publishedId: published.id,
    reviewId: review.id,
    decisionId: (await makeDecision(db, users.DIRECTOR)).id,
    contractId: (await makeContract(db, users.DIRECTOR)).id,
    entityId: (await makeEntity(db, users.OFFICER)).id,
    certificateId: onCase.certificateIds[0]!,
    importFile: await officerWorkbook([sheetRow()]),
  };
});

afterAll(async () => {
  await closeFingerprint();
});

// ── The permission table ───────────────────────────────────────────────────────────────────────
// access: the permission the endpoint needs (a list: any one of them), 'public' (anyone) or 'self'
// (sign-in/sign-out: anyone, acting on their own session); `roles` overrides the table's roles
// where the endpoint's rule is not one permission. caseScoped: only officers on the case.
type Fields = Record<string, string | string[]>;
type RouteRequest = { url: string; init?: RequestInit; params?: Record<string, string | string[]> };
type Access = Permission | readonly Permission[] | 'public' | 'self';
// service: the permission the service re-checks when it differs from the action's.
type ActionEntry = { access: Access; caseScoped?: boolean; roles?: readonly Role[]; service?: Permission; input: () => Fields | FormData };
type RouteEntry = {
  access: Access;
  caseScoped?: boolean;
  roles?: readonly Role[];
  request: () => RouteRequest | Promise<RouteRequest>;
};

const STAFF = 'app/(staff)/staff';
const MISSING_ID = 'cmatrixmissing0000000000';
const stepFields = (): Fields => ({ caseId: w.caseId, to: 'INVESTIGATION', stepNote: '矩阵测试：开始调查' });
const reviewDecision = (): Fields => ({ reviewId: w.reviewId, outcome: 'RETURNED', opinion: '矩阵测试：请补充材料' });
const upload = (bytes: Uint8Array, type: string, name: string) => {
  const data = new FormData();
  data.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return data;
};

const ACTIONS: Record<string, ActionEntry> = {
  // sign-in and sign-out
  'app/(auth)/signin/actions.ts#signInAction': { access: 'self', input: () => ({ email: 'nobody@test.local', password: 'wrong-password-1' }) },
  'app/(auth)/signout/actions.ts#signOutAction': { access: 'self', input: () => ({}) },
  'app/(auth)/signout/actions.ts#signOutEverywhereAction': { access: 'self', input: () => ({}) },
  // administration
  [`${STAFF}/admin/holidays/actions.ts#upsertHolidayAction`]: { access: 'settings.manage', input: () => ({ date: `${YEAR}-10-09`, kind: 'HOLIDAY', holidayName: '矩阵假日' }) },
  [`${STAFF}/admin/holidays/actions.ts#deleteHolidayAction`]: { access: 'settings.manage', input: () => ({ date: `${YEAR}-10-09` }) },
  [`${STAFF}/admin/holidays/actions.ts#importHolidaysAction`]: { access: 'settings.manage', input: () => ({ format: 'json', content: '[]' }) },
  [`${STAFF}/admin/settings/actions.ts#updateSettingAction`]: { access: 'settings.manage', input: () => ({ key: 'case.decisionCalendarDays', value: '90' }) },
  [`${STAFF}/admin/users/actions.ts#createUserAction`]: {
    access: 'users.manage',
    input: () => ({ email: 'matrix.new@test.local', name: '矩阵新用户', password: 'Valid-pass-123', roles: ['EDITOR'] }),
  },
  [`${STAFF}/admin/users/actions.ts#setUserRolesAction`]: { access: 'users.manage', input: () => ({ userId: w.targetUser.id, roles: ['EDITOR', 'OFFICER'] }) },
  [`${STAFF}/admin/users/actions.ts#setUserActiveAction`]: { access: 'users.manage', input: () => ({ userId: w.targetUser.id, active: 'false' }) },
  // enforcement cases
  [`${STAFF}/cases/actions.ts#fileCaseAction`]: { access: 'case.work', input: () => caseFields({ zhang: w.onCaseOfficerId, li: w.hostOfficerId }, { filedOn: TODAY }) },
  [`${STAFF}/cases/actions.ts#advanceCaseAction`]: { access: 'case.work', caseScoped: true, input: stepFields },
  [`${STAFF}/cases/actions.ts#decideCaseAction`]: {
    access: 'case.decide',
    caseScoped: true,
    input: () => ({ caseId: w.caseId, to: 'DECISION', decisionNumber: '矩阵〔2026〕1号', decidedOn: TODAY }),
  },
  [`${STAFF}/cases/actions.ts#hostHearingStepAction`]: { access: 'case.hostHearing', caseScoped: true, input: () => ({ caseId: w.caseId, to: 'HEARING_HELD' }) },
  [`${STAFF}/cases/actions.ts#generateDocumentAction`]: {
    access: 'case.work',
    caseScoped: true,
    input: () => ({ caseId: w.caseId, docType: 'FILING_APPROVAL', docPartyId: MISSING_ID }),
  },
  [`${STAFF}/cases/actions.ts#saveDocumentTemplateAction`]: {
    access: 'case.configure',
    input: () => ({
      docType: 'FILING_APPROVAL',
      templateTitle: '立案审批表',
      organName: '',
      organAbbrev: '市中民',
      numberCode: '立',
      sealText: '（印章）',
      sectionsText: '案号：{案号}',
    }),
  },
  [`${STAFF}/cases/actions.ts#recordHearingResponseAction`]: { access: 'case.work', caseScoped: true, input: () => ({ caseId: w.caseId, response: 'WAIVE', respondedOn: TODAY }) },
  [`${STAFF}/cases/actions.ts#scheduleHearingAction`]: {
    access: 'case.work',
    caseScoped: true,
    input: () => ({ caseId: w.caseId, hostOfficerId: w.hostOfficerId, hearingNoticeSentOn: TODAY, hearingScheduledOn: TODAY }),
  },
  [`${STAFF}/cases/actions.ts#holdHearingAction`]: {
    access: 'case.hostHearing',
    caseScoped: true,
    input: () => ({ caseId: w.caseId, hearingHeldOn: TODAY, hearingRecord: '矩阵测试听证笔录' }),
  },
  [`${STAFF}/cases/actions.ts#submitCaseReviewAction`]: { access: 'case.work', caseScoped: true, input: () => ({ caseId: w.caseId }) },
  [`${STAFF}/cases/actions.ts#requestExtensionAction`]: {
    access: 'case.work',
    caseScoped: true,
    input: () => ({ caseId: w.caseId, extensionUntil: new Date(NOW.getTime() + 150 * 86_400_000).toISOString().slice(0, 10), extensionReason: '案情复杂' }),
  },
  [`${STAFF}/cases/actions.ts#approveExtensionAction`]: { access: 'case.decide', caseScoped: true, input: () => ({ caseId: w.caseId }) },
  [`${STAFF}/inbox/actions.ts#markReadAction`]: { access: 'staff.access', input: () => ({}) },
  [`${STAFF}/cases/[caseId]/hand-off-action.ts#handOffCaseAction`]: {
    access: 'case.work',
    caseScoped: true,
    input: () => ({ caseId: w.caseId, handoffKind: 'DECISION', receiverId: w.users.DIRECTOR.id, handoffNote: '' }),
  },
  [`${STAFF}/cases/actions.ts#recordEducationAction`]: { access: 'case.work', caseScoped: true, input: () => ({ caseId: w.caseId, educationNote: '已对当事人进行法治教育' }) },
  [`${STAFF}/cases/actions.ts#revokeDecisionAction`]: {
    access: 'case.decide',
    caseScoped: true,
    input: () => ({ caseId: w.caseId, revokedOn: TODAY, revocationReason: '矩阵测试' }),
  },
  [`${STAFF}/cases/actions.ts#saveDiscretionBandAction`]: {
    access: 'case.configure',
    input: () => ({ violationType: 'UNREGISTERED', severity: 'MINOR', minFine: '0', maxFine: '1000', citation: '《社会团体登记管理条例》第三十五条' }),
  },
  [`${STAFF}/cases/actions.ts#deleteDiscretionBandAction`]: { access: 'case.configure', input: () => ({ configId: MISSING_ID }) },
  [`${STAFF}/cases/actions.ts#saveNoPenaltyItemAction`]: {
    access: 'case.configure',
    input: () => ({ violationType: '*', itemTitle: '矩阵不罚事项', conditions: ['MINOR', 'CORRECTED'], outcome: 'MAY_NOT', citation: '《行政处罚法》第三十三条' }),
  },
  [`${STAFF}/cases/actions.ts#deleteNoPenaltyItemAction`]: { access: 'case.configure', input: () => ({ configId: MISSING_ID }) },
  // recording devices, watch list, licences, requests
  [`${STAFF}/devices/actions.ts#registerDeviceAction`]: { access: 'devices.manage', input: () => ({ code: 'MX-001', deviceKind: 'BODY_CAMERA', model: '矩阵记录仪' }) },
  [`${STAFF}/devices/actions.ts#handOutDeviceAction`]: {
    access: 'devices.manage',
    input: () => ({ deviceId: MISSING_ID, officerId: w.onCaseOfficerId, handedOutAt: `${TODAY}T09:00` }),
  },
  [`${STAFF}/devices/actions.ts#returnDeviceAction`]: { access: 'devices.manage', input: () => ({ deviceId: MISSING_ID, returnedAt: `${TODAY}T17:00` }) },
  [`${STAFF}/devices/actions.ts#retireDeviceAction`]: { access: 'devices.manage', input: () => ({ deviceId: MISSING_ID }) },
  [`${STAFF}/watchlist/actions.ts#addWatchedOrganisationAction`]: { access: 'watchlist.manage', input: () => ({ name: '矩阵联谊会', source: 'REPORT', notedOn: TODAY }) },
  [`${STAFF}/watchlist/actions.ts#setWatchStatusAction`]: { access: 'watchlist.manage', input: () => ({ watchedOrganisationId: MISSING_ID, status: 'CLOSED' }) },
  [`${STAFF}/licences/actions.ts#recordLicenceAction`]: {
    access: 'licences.record',
    input: () => ({ decidedOn: TODAY, matter: '社会团体成立登记', applicant: '矩阵协会', granted: 'true' }),
  },
  [`${STAFF}/requests/actions.ts#recordRequestAction`]: {
    access: 'requests.record',
    input: () => ({ receivedOn: TODAY, applicantKind: 'PERSON', subject: '申请公开养老补贴发放情况' }),
  },
  [`${STAFF}/requests/actions.ts#answerRequestAction`]: { access: 'requests.record', input: () => ({ requestId: MISSING_ID, answeredOn: TODAY, outcome: 'DISCLOSED' }) },
  [`${STAFF}/requests/actions.ts#requestCorrectionAction`]: {
    access: 'requests.record',
    input: () => ({ requestId: MISSING_ID, on: TODAY, note: '矩阵测试：请补正所需信息的名称' }),
  },
  [`${STAFF}/requests/actions.ts#correctionReplyAction`]: { access: 'requests.record', input: () => ({ requestId: MISSING_ID, on: TODAY }) },
  [`${STAFF}/requests/actions.ts#startConsultationAction`]: { access: 'requests.record', input: () => ({ requestId: MISSING_ID, on: TODAY }) },
  [`${STAFF}/requests/actions.ts#endConsultationAction`]: { access: 'requests.record', input: () => ({ requestId: MISSING_ID, on: TODAY }) },
  [`${STAFF}/requests/actions.ts#extendRequestAction`]: {
    access: 'requests.extend',
    input: () => ({ requestId: MISSING_ID, on: TODAY, days: '10', reason: '矩阵测试：需调取档案' }),
  },
  [`${STAFF}/public-reports/actions.ts#acceptReportAction`]: { access: 'publicReports.handle', input: () => ({ reportId: MISSING_ID, on: TODAY, link: 'NONE', caseNumber: '' }) },
  [`${STAFF}/public-reports/actions.ts#closeReportAction`]: {
    access: 'publicReports.handle',
    input: () => ({ reportId: MISSING_ID, on: TODAY, answer: '矩阵测试：经核查，已依法处理' }),
  },
  // The public's forms: anyone, signed in or not (the spam defence and rate limits answer instead).
  'app/(public)/apply/actions.ts#submitRequestAction': { access: 'public', input: () => ({ applicantName: '矩阵测试', description: '申请公开养老补贴发放情况' }) },
  'app/(public)/report/actions.ts#submitReportAction': { access: 'public', input: () => ({ kind: 'REPORT', description: '某小区有人以协会名义收费' }) },
  'app/(public)/verify/actions.ts#verifyDocumentAction': { access: 'public', input: () => ({ verifyCode: 'ABCDEFGHJK', documentSha256: 'a'.repeat(64) }) },
  'app/(public)/track/actions.ts#trackAction': { access: 'public', input: () => ({ code: 'ABCDEFGHJKMNPQRSTVWX' }) },
  // disclosures
  [`${STAFF}/disclosures/actions.ts#createDisclosureAction`]: {
    access: 'disclosure.draft',
    input: () => ({ category: 'NOTICE', title: '矩阵新通告', summary: '', body: '矩阵测试正文。', sourceDepartment: '市中区民政局', formedOn: TODAY }),
  },
  [`${STAFF}/disclosures/actions.ts#updateDisclosureAction`]: {
    access: 'disclosure.draft',
    input: () => ({
      id: w.draftId,
      expectedUpdatedAt: w.draftUpdatedAt,
      category: 'NOTICE',
      title: '矩阵草稿（改）',
      body: '改后的正文。',
      sourceDepartment: '市中区民政局',
      formedOn: TODAY,
    }),
  },
  [`${STAFF}/disclosures/actions.ts#recordSecrecyCheckAction`]: { access: 'disclosure.secrecyCheck', input: () => ({ id: w.draftId, note: '不涉及国家秘密' }) },
  [`${STAFF}/disclosures/actions.ts#submitDisclosureForReviewAction`]: { access: 'review.submit', input: () => ({ id: w.draftId }) },
  [`${STAFF}/disclosures/actions.ts#publishDisclosureAction`]: { access: 'disclosure.publish', input: () => ({ id: w.publishedId }) },
  [`${STAFF}/disclosures/actions.ts#withdrawDisclosureAction`]: { access: 'disclosure.publish', input: () => ({ id: w.publishedId, reason: '矩阵测试撤回' }) },
  [`${STAFF}/disclosures/actions.ts#removeDisclosureAttachmentAction`]: { access: 'disclosure.draft', input: () => ({ attachmentId: MISSING_ID }) },
  // inspections
  [`${STAFF}/inspections/actions.ts#createEntityAction`]: {
    access: 'inspection.record',
    input: () => ({ entityKind: 'ELDERLY_CARE', entityName: '矩阵养老院', address: '市中区矩阵路1号' }),
  },
  [`${STAFF}/inspections/actions.ts#updateEntityAction`]: {
    access: 'inspection.record',
    input: () => ({ entityId: w.entityId, entityKind: 'ELDERLY_CARE', entityName: '矩阵养老院（改）', address: '市中区矩阵路2号', active: 'true' }),
  },
  [`${STAFF}/inspections/actions.ts#declareConflictAction`]: {
    access: 'inspection.record',
    input: () => ({ entityId: w.entityId, officerId: w.onCaseOfficerId, conflictReason: '亲属关系' }),
  },
  [`${STAFF}/inspections/actions.ts#createPlanAction`]: { access: 'inspection.record', input: () => ({ planYear: String(YEAR), planTitle: '矩阵检查计划' }) },
  [`${STAFF}/inspections/actions.ts#runDrawAction`]: { access: 'inspection.record', input: () => ({ planId: MISSING_ID, entityKind: 'ELDERLY_CARE', entityCount: '1' }) },
  [`${STAFF}/inspections/actions.ts#recordInspectionAction`]: {
    access: 'inspection.record',
    input: () => ({ entityId: w.entityId, inspectionKind: 'ROUTINE', inspectedOn: TODAY, onSite: 'on', inspectorIds: [w.onCaseOfficerId, w.hostOfficerId] }),
  },
  [`${STAFF}/inspections/actions.ts#recordResponseAction`]: { access: 'inspection.record', input: () => ({ rectificationId: MISSING_ID, response: '已整改' }) },
  [`${STAFF}/inspections/actions.ts#recordRecheckAction`]: {
    access: 'inspection.record',
    input: () => ({ rectificationId: MISSING_ID, checkedOn: TODAY, passed: 'true', recheckNote: '复查合格' }),
  },
  // leadership register
  [`${STAFF}/leadership/actions.ts#recordCollectiveDecisionAction`]: {
    access: 'leadership.record',
    input: () => ({ heldOn: TODAY, category: 'POLICY', topic: '矩阵议题', attendees: '王局长、李副局长', outcome: '同意' }),
  },
  [`${STAFF}/leadership/actions.ts#recordLeadershipActivityAction`]: {
    access: 'leadership.record',
    input: () => ({ kind: 'STUDY', heldOn: TODAY, title: '矩阵学法', attendees: '王局长' }),
  },
  [`${STAFF}/leadership/actions.ts#recordResponsibilityAction`]: {
    access: 'leadership.record',
    input: () => ({ year: String(YEAR), level: 'PRINCIPAL', personName: '王局长', post: '局长', duties: '第一责任人' }),
  },
  [`${STAFF}/leadership/actions.ts#recordAssessmentItemAction`]: { access: 'leadership.record', input: () => ({ year: String(YEAR), item: '矩阵考核事项', weight: '10' }) },
  [`${STAFF}/leadership/actions.ts#deleteLeadershipEntryAction`]: { access: 'leadership.record', input: () => ({ entry: 'activity', entryId: MISSING_ID }) },
  [`${STAFF}/leadership/actions.ts#createPlanTaskAction`]: {
    access: 'leadership.record',
    input: () => ({ year: String(YEAR + 1), task: '矩阵工作安排', owner: '法规科', dueOn: `${YEAR + 1}-06-30` }),
  },
  [`${STAFF}/leadership/actions.ts#updatePlanTaskAction`]: { access: 'leadership.record', input: () => ({ id: MISSING_ID, status: 'DONE' }) },
  // legal affairs and matters
  [`${STAFF}/legal-affairs/actions.ts#createLegalAdviserAction`]: {
    access: 'legalAffairs.manage',
    input: () => ({ name: '矩阵律师事务所', kind: 'FIRM', termFrom: TODAY, termTo: `${YEAR + 1}-12-31` }),
  },
  [`${STAFF}/legal-affairs/actions.ts#recordAdviserWorkAction`]: {
    access: 'legalAffairs.manage',
    input: () => ({ adviserId: MISSING_ID, workedOn: TODAY, summary: '出具法律意见' }),
  },
  [`${STAFF}/remedies/actions.ts#registerRemedyAction`]: {
    access: 'legalAffairs.manage',
    input: () => ({ remedyKind: 'LITIGATION', caseNumber: '（矩阵）行初1号', organ: '区人民法院', claimant: '矩阵原告', challengedDecision: '矩阵决定', receivedOn: TODAY }),
  },
  [`${STAFF}/remedies/actions.ts#recordRemedyProgressAction`]: { access: 'legalAffairs.manage', input: () => ({ remedyId: MISSING_ID, answeredOn: TODAY }) },
  [`${STAFF}/legal-affairs/actions.ts#recordLegalQualificationAction`]: { access: 'legalAffairs.manage', input: () => ({ userId: w.targetUser.id, qualificationNo: 'A20260001' }) },
  [`${STAFF}/matters/actions.ts#createMajorDecisionAction`]: { access: 'matters.draft', input: () => ({ title: '矩阵重大决策', description: '矩阵测试草案内容' }) },
  [`${STAFF}/matters/actions.ts#updateMajorDecisionAction`]: {
    access: 'matters.draft',
    input: () => ({ id: w.decisionId, title: '矩阵重大决策（改）', description: '改后的草案' }),
  },
  [`${STAFF}/matters/actions.ts#createAdminContractAction`]: {
    access: 'matters.draft',
    input: () => ({ title: '矩阵合同', counterparty: '某公司', amount: '1000.00', termFrom: TODAY, termTo: `${YEAR + 1}-12-31` }),
  },
  [`${STAFF}/matters/actions.ts#updateAdminContractAction`]: {
    access: 'matters.draft',
    input: () => ({ id: w.contractId, title: '矩阵合同（改）', counterparty: '某公司', amount: '2000.00', termFrom: TODAY, termTo: `${YEAR + 1}-12-31` }),
  },
  [`${STAFF}/matters/actions.ts#submitMatterForReviewAction`]: { access: 'review.submit', input: () => ({ subjectType: 'MAJOR_ADMIN_DECISION', subjectId: w.decisionId }) },
  [`${STAFF}/matters/actions.ts#concludeDecisionAction`]: { access: 'matters.draft', input: () => ({ id: w.decisionId }) },
  [`${STAFF}/matters/actions.ts#recordDecisionProcedureAction`]: {
    access: 'matters.draft',
    input: () => ({ decisionId: w.decisionId, kind: 'EXPERT_ARGUMENTATION', summary: '矩阵专家论证' }),
  },
  [`${STAFF}/matters/actions.ts#signContractAction`]: { access: 'matters.draft', input: () => ({ id: w.contractId }) },
  // officers
  [`${STAFF}/officers/actions.ts#createOfficerAction`]: { access: 'officers.manage', input: () => ({ name: '矩阵新执法员', unit: '市中区民政局' }) },
  [`${STAFF}/officers/actions.ts#updateOfficerAction`]: {
    access: 'officers.manage',
    input: () => ({ officerId: w.outsiderOfficerId, name: '局外办案', unit: '市中区民政局', userId: w.outsider.id, active: 'true' }),
  },
  [`${STAFF}/officers/actions.ts#addCertificateAction`]: {
    access: 'officers.manage',
    input: () => ({ officerId: w.outsiderOfficerId, kind: 'ENFORCEMENT', category: '行政执法证', number: 'MX-CERT-1', validFrom: '2024-01-01', validTo: '2030-12-31' }),
  },
  [`${STAFF}/officers/actions.ts#revokeCertificateAction`]: { access: 'officers.manage', input: () => ({ certificateId: MISSING_ID, reason: '调离' }) },
  [`${STAFF}/officers/actions.ts#recordTrainingAction`]: {
    access: 'officers.manage',
    input: () => ({ title: '矩阵培训', heldOn: TODAY, hours: '4', organiser: '市司法局', officerIds: [w.onCaseOfficerId] }),
  },
  [`${STAFF}/officers/import/actions.ts#previewOfficerImportAction`]: { access: 'officers.manage', input: () => xlsxUpload(w.importFile) },
  [`${STAFF}/officers/import/actions.ts#importOfficersAction`]: { access: 'officers.manage', input: () => xlsxUpload(w.importFile) },
  // publicity
  [`${STAFF}/publicity/actions.ts#createResponsibilityAction`]: {
    access: 'publicity.manage',
    input: () => ({ year: String(YEAR), unit: '法规科', laws: '《社会组织登记管理条例》', audience: '社会组织', dueOn: `${YEAR}-12-31` }),
  },
  [`${STAFF}/publicity/actions.ts#deleteResponsibilityAction`]: { access: 'publicity.manage', input: () => ({ responsibilityId: MISSING_ID }) },
  [`${STAFF}/publicity/actions.ts#recordActivityAction`]: {
    access: 'publicity.manage',
    input: () => ({ kind: 'OFFLINE_EVENT', title: '矩阵普法活动', heldOn: TODAY, place: '社区广场', audience: '居民', leaflets: '100' }),
  },
  [`${STAFF}/publicity/actions.ts#deleteActivityAction`]: { access: 'publicity.manage', input: () => ({ activityId: MISSING_ID }) },
  [`${STAFF}/publicity/teaching-cases/actions.ts#draftTeachingCaseAction`]: { access: 'publicity.manage', input: () => ({ caseId: w.caseId }) },
  [`${STAFF}/publicity/teaching-cases/actions.ts#updateTeachingCaseAction`]: { access: 'publicity.manage', input: () => ({ id: MISSING_ID, title: '矩阵案例', body: '正文' }) },
  [`${STAFF}/publicity/teaching-cases/actions.ts#sendTeachingCaseAction`]: { access: 'publicity.manage', input: () => ({ id: MISSING_ID }) },
  // annual report
  [`${STAFF}/reports/actions.ts#recordSubmissionAction`]: {
    access: 'report.edit',
    input: () => ({ year: String(YEAR - 1), step: 'RULE_OF_LAW_TO_HIGHER_DEPARTMENT', doneOn: TODAY, receipt: '矩阵回执' }),
  },
  [`${STAFF}/reports/actions.ts#generateReportAction`]: { access: 'report.edit', input: () => ({ year: String(YEAR - 1) }) },
  [`${STAFF}/reports/actions.ts#editParagraphAction`]: {
    access: 'report.edit',
    input: () => ({ year: String(YEAR - 1), key: 'intro', narrative: '矩阵段落', expectedVersion: '1' }),
  },
  [`${STAFF}/reports/actions.ts#sendReportAction`]: { access: 'report.edit', input: () => ({ year: String(YEAR - 1), secrecyNote: '不涉密' }) },
  [`${STAFF}/reports/actions.ts#publishReportAction`]: { access: 'report.edit', input: () => ({ year: String(YEAR - 1) }) },
  // legal review
  [`${STAFF}/reviews/actions.ts#decideReviewAction`]: { access: 'review.decide', input: reviewDecision },
  [`${STAFF}/reviews/actions.ts#extendReviewAction`]: { access: 'review.decide', input: () => ({ reviewId: w.reviewId, extensionReason: '材料较多' }) },
  [`${STAFF}/reviews/actions.ts#recordExternalOpinionAction`]: {
    access: 'review.decide',
    input: () => ({ reviewId: w.reviewId, issuingBody: '市司法局', documentNumber: '矩阵〔2026〕1号', issuedOn: TODAY, summary: '同意' }),
  },
};

const ROUTES: Record<string, RouteEntry> = {
  'GET app/(public)/attachments/[id]/route.ts': { access: 'public', request: () => ({ url: `/attachments/${MISSING_ID}`, params: { id: MISSING_ID } }) },
  'GET app/(public)/feeds/[slug]/route.ts': { access: 'public', request: () => ({ url: '/feeds/all', params: { slug: 'all' } }) },
  'POST app/(public)/track/file/route.ts': {
    access: 'public',
    request: () => {
      const body = new FormData();
      body.append('code', 'ABCDEFGHJKMNPQRSTVWX');
      body.append('fileId', MISSING_ID);
      return { url: '/track/file', init: { method: 'POST', body } };
    },
  },
  'GET app/api/auth/[...nextauth]/route.ts': { access: 'self', request: () => ({ url: '/api/auth/session', params: { nextauth: ['session'] } }) },
  // A sign-in attempt as the sign-in page makes it: the CSRF token and its cookie, then the form.
  'POST app/api/auth/[...nextauth]/route.ts': {
    access: 'self',
    request: async () => {
      const { GET } = await import('@/app/api/auth/[...nextauth]/route');
      const csrf = await GET(new Request('http://localhost:3000/api/auth/csrf') as never);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const body = new URLSearchParams({ csrfToken, email: 'nobody@test.local', password: 'wrong-password-1', callbackUrl: '/staff' });
      return {
        url: '/api/auth/callback/credentials',
        init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', cookie }, body: body.toString() },
        params: { nextauth: ['callback', 'credentials'] },
      };
    },
  },
  [`POST ${STAFF}/disclosures/[id]/attachments/route.ts`]: {
    access: 'disclosure.draft',
    request: () => {
      const body = upload(SAMPLES.pdf, 'application/pdf', '矩阵附件.pdf');
      return { url: `/staff/disclosures/${w.draftId}/attachments`, init: { method: 'POST', body }, params: { id: w.draftId } };
    },
  },
  [`GET ${STAFF}/inspections/attachments/[id]/route.ts`]: {
    access: 'staff.access',
    request: () => ({ url: `/staff/inspections/attachments/${MISSING_ID}`, params: { id: MISSING_ID } }),
  },
  [`POST ${STAFF}/inspections/records/[id]/attachments/route.ts`]: {
    access: 'inspection.record',
    request: () => {
      const body = upload(SAMPLES.png, 'image/png', '矩阵照片.png');
      return { url: `/staff/inspections/records/${MISSING_ID}/attachments`, init: { method: 'POST', body }, params: { id: MISSING_ID } };
    },
  },
  [`GET ${STAFF}/matters/contracts/[id]/file/route.ts`]: {
    access: ['matters.draft', 'review.decide'],
    request: () => ({ url: `/staff/matters/contracts/${w.contractId}/file`, params: { id: w.contractId } }),
  },
  [`GET ${STAFF}/audit/export/route.ts`]: { access: 'audit.view', request: () => ({ url: '/staff/audit/export' }) },
  [`GET ${STAFF}/officers/export/route.ts`]: { access: 'staff.access', request: () => ({ url: '/staff/officers/export' }) },
  [`GET ${STAFF}/officers/import/template/route.ts`]: { access: 'officers.manage', request: () => ({ url: '/staff/officers/import/template' }) },
  [`GET ${STAFF}/remedies/export/route.ts`]: { access: 'legalAffairs.manage', request: () => ({ url: `/staff/remedies/export?year=${YEAR}` }) },
  [`GET ${STAFF}/dashboard/records/export/route.ts`]: {
    access: 'dashboard.view',
    request: () => ({ url: `/staff/dashboard/records/export?metric=disclosures.published&year=${YEAR - 1}` }),
  },
  [`GET ${STAFF}/publicity/ledger/export/route.ts`]: { access: 'staff.access', request: () => ({ url: `/staff/publicity/ledger/export?year=${YEAR}` }) },
  [`GET ${STAFF}/reviews/opinions/[id]/file/route.ts`]: {
    access: ['review.decide', 'review.submit', 'matters.draft'],
    request: () => ({ url: `/staff/reviews/opinions/${MISSING_ID}/file`, params: { id: MISSING_ID } }),
  },
  'POST app/api/cases/[caseId]/evidence/route.ts': {
    access: 'case.work',
    caseScoped: true,
    request: () => {
      const query = new URLSearchParams({ kind: 'PHOTO', officerId: w.onCaseOfficerId, capturedAt: NOW.toISOString(), fileName: '现场.jpg' });
      return {
        url: `/api/cases/${w.caseId}/evidence?${query}`,
        init: { method: 'POST', headers: { 'Content-Type': 'image/jpeg', 'Content-Length': String(SAMPLES.jpeg.length) }, body: new Uint8Array(SAMPLES.jpeg) },
        params: { caseId: w.caseId },
      };
    },
  },
  // Evidence files: the director, legal reviewers and the officers on the case (canViewEvidence).
  'GET app/api/evidence/[evidenceId]/route.ts': {
    access: 'staff.access',
    roles: ['DIRECTOR', 'LEGAL_REVIEWER', 'OFFICER'],
    caseScoped: true,
    request: () => ({ url: `/api/evidence/${w.evidenceId}`, params: { evidenceId: w.evidenceId } }),
  },
  [`GET ${STAFF}/reports/[year]/statistics/export/route.ts`]: {
    access: 'report.edit',
    request: () => ({ url: `/staff/reports/${YEAR - 1}/statistics/export`, params: { year: String(YEAR - 1) } }),
  },
  // The case file (卷宗) and its evidence zip: the same rule as the evidence files (canViewEvidence).
  'GET app/api/cases/[caseId]/case-file/route.ts': {
    access: 'staff.access',
    roles: ['DIRECTOR', 'LEGAL_REVIEWER', 'OFFICER'],
    caseScoped: true,
    request: () => ({ url: `/api/cases/${w.caseId}/case-file`, params: { caseId: w.caseId } }),
  },
  'GET app/api/cases/[caseId]/case-file/evidence/route.ts': {
    access: 'staff.access',
    roles: ['DIRECTOR', 'LEGAL_REVIEWER', 'OFFICER'],
    caseScoped: true,
    request: () => ({ url: `/api/cases/${w.caseId}/case-file/evidence`, params: { caseId: w.caseId } }),
  },
  // A file of what a review round was submitted with: legal reviewers only (issue 12).
  'GET app/api/review-files/[reviewId]/[fileId]/route.ts': {
    access: 'review.decide',
    request: () => ({ url: `/api/review-files/${MISSING_ID}/${MISSING_ID}`, params: { reviewId: MISSING_ID, fileId: MISSING_ID } }),
  },
  'GET app/api/reports/[year]/[format]/route.ts': {
    access: 'report.edit',
    request: () => ({ url: `/api/reports/${YEAR - 1}/pdf`, params: { year: String(YEAR - 1), format: 'pdf' } }),
  },
};

// ── Running one endpoint as one caller ─────────────────────────────────────────────────────────
const discovered = await discoverEndpoints();
const TABLE: Record<string, ActionEntry | RouteEntry> = { ...ACTIONS, ...ROUTES };

type Caller = { label: string; actor: () => Actor | null };
const SIGNED_OUT: Caller = { label: 'signed out', actor: () => null };
const DISABLED: Caller = { label: 'a disabled user holding every role', actor: () => w.disabled };
const OUTSIDER: Caller = { label: 'an OFFICER not on the case', actor: () => w.outsider };
const roleCaller = (role: Role): Caller => ({ label: role, actor: () => w.users[role] });

function allowedRoles(entry: ActionEntry | RouteEntry): readonly Role[] {
  if (entry.access === 'public' || entry.access === 'self') return ROLES;
  if (entry.roles) return entry.roles;
  const permissions: readonly Permission[] = typeof entry.access === 'string' ? [entry.access] : entry.access;
  return ROLES.filter((role) => permissions.some((permission) => can([role], permission)));
}

type Checks = { asked: string[]; tested: string[]; reChecked: string[] };
type Outcome = ({ kind: 'action'; state: { ok: boolean; message?: string; fieldErrors?: unknown } } | { kind: 'route'; status: number; body: string }) & { checks: Checks };

// The caller signs in (actAs writes its session row) before the "before" fingerprint is taken.
async function call(endpoint: DiscoveredEndpoint): Promise<Outcome> {
  vi.mocked(requirePermission).mockClear();
  vi.mocked(assertCan).mockClear();
  vi.mocked(can).mockClear();
  const outcome = await invoke(endpoint);
  const checks = {
    asked: vi.mocked(requirePermission).mock.calls.map(([permission]) => permission),
    tested: vi.mocked(can).mock.calls.map(([, permission]) => permission),
    reChecked: vi.mocked(assertCan).mock.calls.map(([, permission]) => permission),
  };
  return { ...outcome, checks } as Outcome;
}

async function invoke(endpoint: DiscoveredEndpoint) {
  const entry = TABLE[endpoint.key]!;
  if (endpoint.kind === 'action') {
    const input = (entry as ActionEntry).input();
    const data = input instanceof FormData ? input : form(input);
    const fn = endpoint.fn as unknown as (state: unknown, data: FormData) => Promise<unknown>;
    const state = (await fn(initialActionState, data)) as { ok: boolean; message?: string } | undefined;
    return { kind: 'action' as const, state: state ?? { ok: true } };
  }
  const { url, init, params } = await (entry as RouteEntry).request();
  const fn = endpoint.fn as unknown as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
  const response = await fn(new Request(new URL(url, 'http://localhost:3000'), init), { params: Promise.resolve(params ?? {}) });
  return { kind: 'route' as const, status: response.status, body: await response.text() };
}

const REFUSALS = new Set<string>([messages.errors.unauthenticated, messages.errors.forbidden]);
// A refusal because the caller does not act on this case: the permission refusal, or the case
// rules' "您不是本案承办的执法人员…" (lib/domain/enforcement case-actor rule) — not a rule about the
// case's state, which would refuse the officers on the case alike.
const NOT_ON_CASE = /^您没有执行此操作的权限。$|不是本案/;

async function expectRefused(endpoint: DiscoveredEndpoint, caller: Caller, expected: 'unauthenticated' | 'forbidden' | 'not on the case') {
  await actAs(caller.actor());
  const before = await tableFingerprint();
  const outcome = await call(endpoint);
  const written = changedTables(before, await tableFingerprint());
  const where = `${endpoint.key} as ${caller.label}`;
  if (outcome.kind === 'action') {
    if (expected === 'not on the case') {
      // The wording of the case-scoping refusal is the scoping change's; it must be a refusal.
      expect(outcome.state.ok, `${where}: ${JSON.stringify(outcome.state)}`).toBe(false);
      expect(outcome.state.message ?? '', `${where} was not refused for not acting on the case`).toMatch(NOT_ON_CASE);
    } else {
      const message = expected === 'unauthenticated' ? messages.errors.unauthenticated : messages.errors.forbidden;
      expect(outcome.state, where).toEqual({ ok: false, message });
    }
  } else {
    const statuses = expected === 'unauthenticated' ? [401] : [403];
    expect(statuses, `${where}: HTTP ${outcome.status} ${outcome.body.slice(0, 200)}`).toContain(outcome.status);
  }
  expect(written, `${where} wrote to these tables`).toEqual([]);
  if (expected === 'forbidden') expectEndpointChecked(endpoint, outcome, where);
}

const permissionsOf = (entry: ActionEntry | RouteEntry): readonly Permission[] =>
  entry.access === 'public' || entry.access === 'self' ? [] : typeof entry.access === 'string' ? [entry.access] : entry.access;

/** The refusal came from the endpoint's own check of the table's permission (not only from a deeper layer). */
function expectEndpointChecked(endpoint: DiscoveredEndpoint, outcome: Outcome, where: string) {
  const entry = TABLE[endpoint.key]!;
  if (entry.roles) return; // a rule of its own (canViewEvidence), not one permission
  const wanted = permissionsOf(entry);
  if (outcome.kind === 'action') expect(outcome.checks.asked, `${where}: the action's own permission check`).toEqual(wanted);
  else
    expect(
      outcome.checks.tested.filter((p) => wanted.includes(p as Permission)),
      `${where}: the handler's own permission check`,
    ).not.toEqual([]);
}

/** A service that ran re-checked the permission itself (lib/auth/guard assertCan). */
function expectServiceChecked(endpoint: DiscoveredEndpoint, outcome: Outcome, where: string) {
  const entry = TABLE[endpoint.key]!;
  const wanted = 'service' in entry && entry.service ? [entry.service] : permissionsOf(entry);
  if (outcome.kind !== 'action' || !outcome.state.ok || wanted.length === 0) return;
  expect(
    outcome.checks.reChecked.filter((p) => wanted.includes(p as Permission)),
    `${where}: the service's own permission check`,
  ).not.toEqual([]);
}

async function expectAdmitted(endpoint: DiscoveredEndpoint, caller: Caller, options: { onCase?: boolean } = {}) {
  await actAs(caller.actor());
  const outcome = await call(endpoint);
  const where = `${endpoint.key} as ${caller.label}`;
  if (outcome.kind === 'action') {
    expect(REFUSALS.has(outcome.state.message ?? ''), `${where} was refused: ${JSON.stringify(outcome.state)}`).toBe(false);
    if (options.onCase) expect(outcome.state.message ?? '', `${where} (on the case) was refused`).not.toMatch(/不是本案/);
    expect(outcome.state.message ?? '', where).not.toContain(messages.errors.internal);
    expectServiceChecked(endpoint, outcome, where);
  } else {
    expect([401, 403], `${where}: HTTP ${outcome.status} ${outcome.body.slice(0, 200)}`).not.toContain(outcome.status);
    expect(outcome.status, `${where}: ${outcome.body.slice(0, 200)}`).toBeLessThan(500);
  }
}

// ── The matrix ─────────────────────────────────────────────────────────────────────────────────
describe('the authorisation matrix covers every endpoint in the code', () => {
  it('discovers the server actions and route handlers', () => {
    expect(discovered.filter((e) => e.kind === 'action').length).toBeGreaterThan(50);
    expect(discovered.filter((e) => e.kind === 'route').length).toBeGreaterThan(10);
  });

  it('has a table entry for every discovered endpoint (a new export needs one)', () => {
    const missing = discovered.map((e) => e.key).filter((key) => !(key in TABLE));
    expect(missing).toEqual([]);
  });

  it('has no table entry without an endpoint (a removed or renamed one must leave the table)', () => {
    const keys = new Set(discovered.map((e) => e.key));
    expect(Object.keys(TABLE).filter((key) => !keys.has(key))).toEqual([]);
  });
});

const inTable = discovered.filter((endpoint) => endpoint.key in TABLE);

describe.each(inTable.map((endpoint) => [endpoint.key, endpoint] as const))('%s', (_key, endpoint) => {
  const entry = TABLE[endpoint.key]!;
  const open = entry.access === 'public' || entry.access === 'self';

  if (open) {
    it('answers every caller, signed out and disabled included, without a permission refusal', async () => {
      for (const caller of [SIGNED_OUT, DISABLED, ...ROLES.map(roleCaller)]) await expectAdmitted(endpoint, caller);
    });
    return;
  }

  it('refuses a signed-out caller and a disabled user (401 / 请先登录) and writes nothing', async () => {
    await expectRefused(endpoint, SIGNED_OUT, 'unauthenticated');
    await expectRefused(endpoint, DISABLED, 'unauthenticated');
  });

  const allowed = allowedRoles(entry);
  const refusedRoles = ROLES.filter((role) => !allowed.includes(role));
  if (refusedRoles.length > 0) {
    it(`refuses ${refusedRoles.join(', ')} (403 / 无权限) and writes nothing`, async () => {
      for (const role of refusedRoles) await expectRefused(endpoint, roleCaller(role), 'forbidden');
    });
  }

  if (entry.caseScoped) {
    it('refuses an OFFICER who is not on the case and writes nothing', async () => {
      await expectRefused(endpoint, OUTSIDER, allowed.includes('OFFICER') ? 'not on the case' : 'forbidden');
    });
  }

  it(`admits ${allowed.join(', ')} (no permission refusal)`, async () => {
    for (const role of allowed) await expectAdmitted(endpoint, roleCaller(role), { onCase: entry.caseScoped === true && role === 'OFFICER' });
  });
});
