// UI strings for this area (Simplified Chinese). Assembled into `messages.publicity`.
export const publicity = {} as const;
