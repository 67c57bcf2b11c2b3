import { describe, expect, it } from 'vitest';
import { isWaiverReasonSufficient, recordingBlockers, recordingChecklist } from './recording';
import { caseTemplate } from './step-templates';

const investigation = { key: 'INVESTIGATION', label: '调查取证', recording: 'REQUIRED' } as const;

describe('recordingBlockers (全过程记录)', () => {
  it('accepts a video or an audio recording on the step', () => {
    expect(recordingBlockers(investigation, [{ kind: 'VIDEO' }])).toEqual([]);
    expect(recordingBlockers(investigation, [{ kind: 'PHOTO' }, { kind: 'AUDIO' }])).toEqual([]);
  });

  it('refuses photos or documents alone, citing the State Council guideline', () => {
    const [blocker] = recordingBlockers(investigation, [{ kind: 'PHOTO' }, { kind: 'DOCUMENT' }]);
    expect(blocker).toEqual({
      code: 'enf.recording.missing',
      message: '“调查取证”须有音像记录，或写明未能音像记录的原因',
      citation: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
    });
  });

  it('accepts a recorded reason, but not a token one', () => {
    expect(recordingBlockers(investigation, [], '当事人拒绝在其住所内录像')).toEqual([]);
    const [blocker] = recordingBlockers(investigation, [], ' 无 ');
    expect(blocker?.message).toBe('“调查取证”须有音像记录，或写明未能音像记录的原因（未能音像记录的原因至少4个字）');
    expect(isWaiverReasonSufficient('设备故障')).toBe(true);
    expect(isWaiverReasonSufficient(null)).toBe(false);
  });

  it('does not block steps recorded as needed or in writing', () => {
    expect(recordingBlockers({ ...investigation, recording: 'AS_NEEDED' }, [])).toEqual([]);
    expect(recordingBlockers({ ...investigation, recording: 'NONE' }, [])).toEqual([]);
  });

  it('lists the configured checklist for a case type', () => {
    const checklist = recordingChecklist(caseTemplate({ type: 'COERCIVE_MEASURE', procedure: 'GENERAL' }, { recording: { APPROVAL: 'AS_NEEDED' } }));
    expect(checklist.filter((s) => s.recording === 'REQUIRED').map((s) => s.key)).toEqual(['IMPLEMENTATION', 'DISPOSAL']);
    expect(checklist[0]).toEqual({ key: 'APPROVAL', label: '报行政机关负责人批准', recording: 'AS_NEEDED' });
  });
});
