import type { ReportBlock } from '@/lib/domain/reports/render';
import { publicRequests } from '@/lib/i18n/catalogue/publicRequests';
import { dashboard } from '@/lib/i18n/catalogue/dashboard';

// The answer letter (政府信息公开申请答复书) as document blocks, exported with lib/export.
export type AnswerLetterInput = {
  bureau: string;
  applicantName: string | null;
  receivedOn: string;
  subject: string;
  outcome: keyof typeof dashboard.requests.outcomes;
  outcomeReason: string;
  withholdingReason: keyof typeof publicRequests.withholdingReasons | null;
  answeredOn: string;
  fileNames: readonly string[];
};

export function answerLetterBlocks(input: AnswerLetterInput): ReportBlock[] {
  const t = publicRequests.letter;
  const paragraphs = [
    ...(input.applicantName ? [t.to(input.applicantName)] : []),
    t.received(input.receivedOn, input.subject),
    t.outcome(dashboard.requests.outcomes[input.outcome]),
    ...(input.withholdingReason ? [t.withholding(publicRequests.withholdingReasons[input.withholdingReason])] : []),
    ...(input.outcomeReason ? [t.reason(input.outcomeReason)] : []),
    ...(input.fileNames.length > 0 ? [t.files(input.fileNames.join('、'))] : []),
    t.remedy,
    t.date(input.bureau, input.answeredOn),
  ];
  return [{ kind: 'subtitle', text: input.bureau }, { kind: 'title', text: t.title }, ...paragraphs.map((text, i) => ({ kind: 'paragraph' as const, text, key: `p${i}` }))];
}
