// The typed permission table: which roles hold which permission, and what it allows.
// The server checks it on every mutation (after re-reading roles from the database), and the UI
// uses the same table to hide controls the user may not use.

export const ROLES = ['OFFICER', 'HEARING_HOST', 'LEGAL_REVIEWER', 'EDITOR', 'DIRECTOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

type PermissionSpec = { roles: readonly Role[]; description: string };

export const PERMISSIONS = {
  'staff.access': { roles: ROLES, description: '进入工作平台' },
  'users.manage': { roles: ['ADMIN'], description: '创建用户、分配角色、停用用户' },
  'audit.view': { roles: ['ADMIN', 'DIRECTOR'], description: '查看审计日志' },
  'settings.manage': { roles: ['ADMIN'], description: '维护参数设置与节假日日历' },
  'disclosure.draft': { roles: ['EDITOR'], description: '起草、修改政务公开信息' },
  'disclosure.secrecyCheck': { roles: ['EDITOR', 'DIRECTOR'], description: '保密审查' },
  'disclosure.publish': { roles: ['EDITOR'], description: '发布、撤回政务公开信息' },
  'review.submit': { roles: ['EDITOR', 'OFFICER', 'DIRECTOR'], description: '提交法制审核' },
  'review.decide': { roles: ['LEGAL_REVIEWER'], description: '办理法制审核' },
  'matters.draft': { roles: ['DIRECTOR', 'EDITOR', 'OFFICER'], description: '起草重大行政决策、行政合同并送审' },
  'legalAffairs.manage': { roles: ['LEGAL_REVIEWER', 'DIRECTOR'], description: '维护法律顾问、诉讼与复议案件台账' },
  'officers.manage': { roles: ['ADMIN'], description: '维护执法人员与执法证' },
  'case.work': { roles: ['OFFICER'], description: '立案、办理行政执法案件' },
  'case.hostHearing': { roles: ['HEARING_HOST'], description: '主持听证' },
  'case.decide': { roles: ['DIRECTOR'], description: '作出行政执法决定' },
  'inspection.record': { roles: ['OFFICER'], description: '记录行政检查与整改' },
  'publicity.manage': { roles: ['EDITOR'], description: '维护普法责任清单与活动台账' },
  'case.configure': { roles: ['ADMIN'], description: '维护裁量基准与不罚清单' },
  'devices.manage': { roles: ['ADMIN', 'OFFICER'], description: '登记执法记录设备，办理领用与归还' },
  'watchlist.manage': { roles: ['OFFICER', 'DIRECTOR'], description: '维护非法社会组织预警名单' },
  'licences.record': { roles: ['OFFICER'], description: '登记行政许可决定' },
  'requests.record': { roles: ['EDITOR'], description: '登记依申请公开的申请与答复' },
  'requests.view': { roles: ['EDITOR', 'DIRECTOR'], description: '查看依申请公开登记簿（含申请人信息）' },
  'requests.extend': { roles: ['DIRECTOR'], description: '批准延长依申请公开答复期限' },
  'publicReports.handle': { roles: ['OFFICER', 'LEGAL_REVIEWER', 'DIRECTOR'], description: '办理公众举报（预警、检查、立案）与执法投诉（法制股室）' },
  'dashboard.view': { roles: ['DIRECTOR'], description: '查看局长工作台与年度报告' },
  'leadership.record': { roles: ['DIRECTOR'], description: '维护主要负责人法治建设职责台账与下年度工作安排' },
  'report.edit': { roles: ['DIRECTOR'], description: '生成、编辑年度报告并送审、发布' },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission].roles;
  return roles.some((role) => allowed.includes(role));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(roles, permission));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
