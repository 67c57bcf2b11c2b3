// The one message catalogue: every user-facing string lives here (Simplified Chinese).
// Areas with many strings keep them in lib/i18n/catalogue/<area>.ts.
import { calendar } from './catalogue/calendar';
import { dashboard } from './catalogue/dashboard';
import { documents } from './catalogue/documents';
import { enforcement } from './catalogue/enforcement';
import { evidence } from './catalogue/evidence';
import { remedies } from './catalogue/remedies';
import { reports } from './catalogue/reports';
import { disclosure } from './catalogue/disclosure';
import { inspections } from './catalogue/inspections';
import { legalAffairs } from './catalogue/legalAffairs';
import { officers } from './catalogue/officers';
import { publicity } from './catalogue/publicity';
import { publicSite } from './catalogue/publicSite';
import { publicRequests } from './catalogue/publicRequests';
import { review } from './catalogue/review';
import { workbench } from './catalogue/workbench';

// Each area's catalogue, under its name in `messages` (the workbench's is read directly by its pages).
const AREAS = {
  calendar,
  dashboard,
  disclosure,
  documents,
  enforcement,
  evidence,
  inspections,
  legalAffairs,
  officers,
  publicity,
  publicSite,
  publicRequests,
  reports,
  remedies,
  review,
} as const;

export const messages = {
  site: {
    bureau: '市中区民政局',
    name: '法治民政',
    publicTitle: '市中区民政局 · 政府信息公开',
    staffTitle: '法治民政 · 工作平台',
    skipToContent: '跳到主要内容',
    footer: '主办：市中区民政局　　本站为法治民政演示平台',
  },
  nav: {
    home: '首页',
    guide: '政府信息公开指南',
    staff: '工作平台',
    signIn: '工作人员登录',
    signOut: '退出登录',
    dashboard: '工作台',
    adminUsers: '用户管理',
    disclosures: '政务公开',
    reviews: '法制审核',
    matters: '决策与合同',
    legalAffairs: '法律顾问',
    remedies: '复议诉讼',
    holidays: '节假日',
    officers: '执法人员',
    inspections: '行政检查',
    publicity: '普法',
    audit: '审计日志',
    cases: '执法案件',
    devices: '记录设备',
    watchlist: '非法社会组织',
    requests: '依申请公开',
    licences: '行政许可',
    enforcementConfig: '裁量基准',
    directorDashboard: '局长工作台',
    leadership: '领导职责',
    reports: '年度报告',
  },
  roles: {
    OFFICER: '执法人员',
    HEARING_HOST: '听证主持人',
    LEGAL_REVIEWER: '法制审核人员',
    EDITOR: '信息公开编辑',
    DIRECTOR: '局长',
    ADMIN: '系统管理员',
  },
  fields: {
    email: '邮箱',
    name: '姓名',
    password: '密码',
    roles: '角色',
    userId: '用户',
    active: '状态',
    legalQualificationNo: '法律职业资格证书编号',
  } as Record<string, string>,
  errors: {
    unauthenticated: '请先登录。',
    forbidden: '您没有执行此操作的权限。',
    internal: '系统出现错误，操作未完成，请稍后再试。',
    invalidInput: '提交的内容有误，请检查：',
    notFound: '记录不存在或已被删除。',
    conflict: '记录已被他人修改，请刷新后重试。',
    foreignOrigin: '请求来自其他网站，已拒绝。请在本系统页面中重新操作。',
    tooLarge: (limit: string) => `提交的内容过大（上限 ${limit}），请缩小文件或分次提交。`,
  },
  auth: {
    signInTitle: '工作人员登录',
    signInSubmit: '登录',
    signOutTitle: '退出登录',
    signOutConfirm: '确定要退出登录吗？',
    signOutSubmit: '退出',
    // The same answer whatever the reason (unknown, wrong password, too many attempts, disabled).
    signInRefused: '邮箱或密码错误，或暂时无法登录。请稍后再试；如仍无法登录，请联系系统管理员。',
    signOutEverywhere: '结束所有设备上的登录',
    sessionExpired: '登录已失效，请重新登录。',
  },
  admin: {
    usersTitle: '用户管理',
    createUser: '新建用户',
    created: '用户已创建。',
    rolesSaved: '角色已保存。',
    activeSaved: '用户状态已更新；停用的用户其登录会话立即失效。',
    emailTaken: '该邮箱已被使用。',
    cannotDisableSelf: '不能停用自己的账户。',
    cannotRemoveOwnAdmin: '不能移除自己的系统管理员角色。',
    active: '启用',
    inactive: '已停用',
    disable: '停用',
    enable: '启用',
    saveRoles: '保存角色',
  },
  ...AREAS,
  staff: {
    welcome: (name: string) => `${name}，您好`,
    yourRoles: '您的角色',
    yourPermissions: '您可以',
  },
} as const;

// Field labels: the core ones above, then every area's `fields` (at any depth of its catalogue),
// so a refusal can name each bad field in Chinese.
function collectFieldLabels(node: unknown, into: Record<string, string>): Record<string, string> {
  if (!node || typeof node !== 'object') return into;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'fields' && value && typeof value === 'object') {
      for (const [field, label] of Object.entries(value)) if (typeof label === 'string') into[field] ??= label;
    } else {
      collectFieldLabels(value, into);
    }
  }
  return into;
}
const FIELD_LABELS = collectFieldLabels({ ...AREAS, workbench }, { ...messages.fields });

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}
