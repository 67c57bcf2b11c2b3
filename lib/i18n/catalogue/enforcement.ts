// UI strings for enforcement cases (Simplified Chinese). Assembled into `messages.enforcement`.
export const enforcement = {
  fields: {},
} as const;
