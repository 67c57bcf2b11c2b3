// UI strings for this area (Simplified Chinese). Assembled into `messages.officers`.
export const officers = {} as const;
