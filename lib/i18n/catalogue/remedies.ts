// UI strings for the register of administrative reconsideration and litigation (Simplified Chinese).
export const remedies = {
  title: '行政复议与行政诉讼台账',
  intro: '登记以本局为被申请人的行政复议和以本局为被告的行政诉讼：被复议（诉讼）的行政行为、答复（答辩）期限、负责人出庭应诉和审结结果。关联依申请公开答复或公开信息的案件计入政府信息公开工作年度报告的复议诉讼表。',
  year: (year: number) => `${year}年收到的案件`,
  empty: '该年度没有登记的案件。',
  register: '登记案件',
  progress: '登记办理情况',
  kinds: { RECONSIDERATION: '行政复议', LITIGATION: '行政诉讼' },
  outcomes: {
    UPHELD: '维持', DISMISSED: '驳回', REVOKED: '撤销', VARIED: '变更', CONFIRMED_ILLEGAL: '确认违法',
    ORDERED_TO_PERFORM: '责令履行', SETTLED: '和解（调解）', WITHDRAWN: '撤回', TERMINATED: '终止',
  },
  fields: {
    remedyKind: '类别', caseNumber: '案号', organ: '复议机关或人民法院', claimant: '申请人或原告', challengedDecision: '被复议（诉讼）的行政行为',
    enforcementCaseId: '关联执法案件', informationRequestId: '关联依申请公开答复', disclosureId: '关联公开信息', afterReconsideration: '经复议后起诉',
    receivedOn: '收到答复通知书或起诉状副本日期', answerDueOn: '答复（答辩）期限', answeredOn: '答复（答辩）日期', hearingOn: '开庭日期',
    headAppeared: '负责人出庭应诉', outcome: '审结结果', concludedOn: '审结日期', notes: '备注', aboutDisclosure: '涉政府信息公开',
  },
  none: '（不关联）',
  pending: '尚未审结',
  appeared: { true: '是', false: '否' },
  answerLate: '逾期答复',
  notices: { registered: '案件已登记，答复期限已计算。', progressed: '办理情况已登记。' },
  exportXlsx: '导出 Excel',
} as const;
