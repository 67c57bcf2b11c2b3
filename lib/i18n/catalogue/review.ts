// UI strings for this area (Simplified Chinese). Assembled into `messages.review`.
export const review = {} as const;
