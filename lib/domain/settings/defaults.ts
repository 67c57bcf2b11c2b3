// Every numeric limit the rules use, with its default and the source it comes from. Local rules
// differ, so the values live in the Setting table (seeded from this list by a migration) and an
// admin can change them. A test checks the migration's rows match this list.

type SettingSpec = { value: number | boolean | string | readonly string[]; description: string };

export const SETTING_DEFAULTS = {
  'auth.maxFailedSignIns': { value: 5, description: '同一地址对同一账户登录失败多少次后暂停该地址的尝试' },
  'auth.lockoutMinutes': { value: 15, description: '登录失败计数的时间窗口及暂停时长（分钟）' },
  'review.workingDays': { value: 7, description: '法制审核期限（工作日）' },
  'review.extensionWorkingDays': { value: 3, description: '法制审核可延长一次的期限（工作日）' },
  'review.requiredCategories': {
    value: ['NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT'],
    description: '发布前须经法制审核的公开类别',
  },
  'separation.headMaySecrecyCheckOwn': {
    value: false,
    description: '是否允许部门负责人（局长）对本人起草或修改的信息进行保密审查（其本人仍不能独自发布）',
  },
  'disclosure.proactiveWorkingDays': { value: 20, description: '主动公开期限：信息形成或变更之日起（工作日，条例第26条）' },
  'disclosure.requestWorkingDays': { value: 20, description: '依申请公开答复期限（工作日）' },
  'disclosure.requestExtensionWorkingDays': { value: 20, description: '依申请公开可延长期限（工作日）' },
  'publicity.penaltyWorkingDays': { value: 7, description: '行政处罚、许可决定公示期限（工作日）' },
  'publicity.otherWorkingDays': { value: 20, description: '其他执法决定公示期限（工作日）' },
  'publicity.withdrawWorkingDays': { value: 3, description: '决定被撤销或变更后撤回公示期限（工作日，处罚法第48条）' },
  'case.decisionCalendarDays': { value: 90, description: '立案之日起作出处罚决定的期限（日，处罚法第60条）' },
  'case.serviceWorkingDays': { value: 7, description: '当事人不在场时送达期限（工作日，处罚法第61条）' },
  'hearing.requestWorkingDays': { value: 5, description: '当事人申请听证期限（工作日，处罚法第64条）' },
  'hearing.noticeWorkingDays': { value: 7, description: '听证通知提前期限（工作日，处罚法第64条）' },
  'hearing.fineThresholdPerson': { value: 10000, description: '对个人罚款达到此金额应告知听证权（元，处罚法第63条）' },
  'hearing.fineThresholdOrganisation': { value: 100000, description: '对单位罚款达到此金额应告知听证权（元，处罚法第63条）' },
  'summary.maxFinePerson': { value: 200, description: '简易程序对个人罚款上限（元，处罚法第51条）' },
  'summary.maxFineOrganisation': { value: 3000, description: '简易程序对单位罚款上限（元，处罚法第51条）' },
  'officer.certificateWarnDays': { value: 60, description: '执法证到期预警（日）' },
  'officer.legalStaffRatioPercent': { value: 5, description: '法制审核人员占执法人员比例指引（%）' },
  'inspection.filingCheckWorkingDays': { value: 20, description: '养老机构备案后现场检查期限（工作日）' },
  'inspection.rectificationWorkingDays': { value: 10, description: '整改期限默认值（工作日）' },
  'evidence.maxMegabytes': { value: 2048, description: '单个执法证据文件大小上限（MB）' },
  'recording.requiredSteps': {
    value: [],
    description: '另行规定必须音像记录的执法环节（案件类型.环节，如 PENALTY.INVESTIGATION）',
  },
  'major.caseTypes': { value: ['ILLEGAL_SOCIAL_ORG_BAN'], description: '一律属于重大执法决定的案件类型' },
  'major.fineThresholdPerson': { value: 10000, description: '对个人罚款达到此金额为重大执法决定（元）' },
  'major.fineThresholdOrganisation': { value: 100000, description: '对单位罚款达到此金额为重大执法决定（元）' },
  'major.confiscationThreshold': { value: 100000, description: '没收违法所得或财物价值达到此金额为重大执法决定（元）' },
  'major.penaltyKinds': {
    value: ['REVOKE_LICENCE', 'ORDER_SUSPENSION', 'ORDER_CLOSURE'],
    description: '属于重大执法决定的处罚种类',
  },
  'bureau.name': { value: '市中区民政局', description: '执法主体名称（公示、报告使用）' },
  'reminders.firstWorkingDaysBefore': { value: 3, description: '第一次到期提醒：截止日前多少个工作日（0为截止当日）' },
  'reminders.secondWorkingDaysBefore': { value: 1, description: '第二次到期提醒：截止日前多少个工作日（0为截止当日）' },
  'reminders.workingDaysAfter': { value: 1, description: '逾期提醒：截止日后多少个工作日（0为不提醒）' },
  'bureau.complaintLine': { value: '12345', description: '向社会公开的投诉举报电话' },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
