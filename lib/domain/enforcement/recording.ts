// Full-process recording (全过程记录): a step whose checklist entry is REQUIRED cannot be completed
// without an audio or video recording attached to it, or a recorded reason why there is none
// (e.g. the recorder failed, the party refused to be filmed in their home).
import type { Blocker } from '@/lib/domain/blockers';
import type { RecordingFact } from './case-facts';
import type { EvidenceKind } from './case-types';
import { THREE_SYSTEMS_GUIDELINE } from './citations';
import type { CaseTemplate, StepTemplate } from './template-types';

export const AUDIO_VIDEO_KINDS: readonly EvidenceKind[] = ['VIDEO', 'AUDIO'];

/** A waiver must say something: "无" or "-" is not a reason. */
export const MIN_WAIVER_REASON_LENGTH = 4;

export function isWaiverReasonSufficient(reason: string | null | undefined): boolean {
  return [...(reason ?? '').trim()].length >= MIN_WAIVER_REASON_LENGTH;
}

export function recordingBlockers(step: Pick<StepTemplate, 'key' | 'label' | 'recording'>, recordings: readonly RecordingFact[], waiverReason?: string | null): Blocker[] {
  if (step.recording !== 'REQUIRED') return [];
  if (recordings.some((r) => AUDIO_VIDEO_KINDS.includes(r.kind))) return [];
  if (isWaiverReasonSufficient(waiverReason)) return [];
  const short = waiverReason?.trim() ? `（未能音像记录的原因至少${MIN_WAIVER_REASON_LENGTH}个字）` : '';
  return [
    {
      code: 'enf.recording.missing',
      message: `“${step.label}”须有音像记录，或写明未能音像记录的原因${short}`,
      citation: THREE_SYSTEMS_GUIDELINE,
    },
  ];
}

/** The per-step checklist shown on the case page. */
export function recordingChecklist(template: CaseTemplate): Pick<StepTemplate, 'key' | 'label' | 'recording'>[] {
  return template.steps.map(({ key, label, recording }) => ({ key, label, recording }));
}
