// UI strings for evidence, recording devices and the illegal social organisation watch list (Simplified Chinese). Assembled into `messages.evidence`.
export const evidence = {
  fields: {},
} as const;
