// The nine review points of 重大执法决定法制审核 (国办发〔2018〕118号, part 4), used for every subject
// kind so all reviews are recorded the same way. Keys match the ReviewCheckpointKey enum.

export const CHECKPOINT_KEYS = [
  'BODY',
  'OFFICER_QUALIFICATION',
  'PROCEDURE',
  'FACTS_EVIDENCE',
  'LAW_APPLIED',
  'DISCRETION',
  'AUTHORITY',
  'DOCUMENTS_COMPLETE',
  'CRIMINAL_REFERRAL',
] as const;

export type CheckpointKey = (typeof CHECKPOINT_KEYS)[number];

// Short labels: each is the accessible name of its note field on the review page, so none may be
// contained in another (Playwright's getByLabel matches substrings).
export const CHECKPOINT_LABELS = {
  BODY: '执法主体',
  OFFICER_QUALIFICATION: '执法人员资格',
  PROCEDURE: '程序',
  FACTS_EVIDENCE: '事实与证据',
  LAW_APPLIED: '适用法律',
  DISCRETION: '裁量基准',
  AUTHORITY: '权限',
  DOCUMENTS_COMPLETE: '文书完备',
  CRIMINAL_REFERRAL: '涉嫌犯罪移送',
} as const satisfies Record<CheckpointKey, string>;

// What the reviewer checks under each point, in the guideline's words.
export const CHECKPOINT_QUESTIONS = {
  BODY: '执法主体是否合法',
  OFFICER_QUALIFICATION: '执法人员是否具备执法资格',
  PROCEDURE: '执法程序是否合法',
  FACTS_EVIDENCE: '案件事实是否清楚，证据是否合法充分',
  LAW_APPLIED: '适用法律、法规、规章是否准确',
  DISCRETION: '裁量基准运用是否适当',
  AUTHORITY: '是否超越法定权限',
  DOCUMENTS_COMPLETE: '文书是否完备、规范',
  CRIMINAL_REFERRAL: '违法行为是否涉嫌犯罪、需要移送司法机关',
} as const satisfies Record<CheckpointKey, string>;

export const CHECKPOINT_CITATION = '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';

export function isCheckpointKey(value: string): value is CheckpointKey {
  return (CHECKPOINT_KEYS as readonly string[]).includes(value);
}

export type CheckpointEntry = { key: CheckpointKey; passed: boolean; note: string };
