// UI strings for this area (Simplified Chinese). Assembled into `messages.disclosure`.
export const disclosure = {} as const;
