// UI strings for the director dashboard and the principal leaders' duties register (Simplified Chinese). Assembled into `messages.dashboard`.
export const dashboard = {
  fields: {},
} as const;
