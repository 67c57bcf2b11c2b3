// UI strings for this area (Simplified Chinese). Assembled into `messages.calendar`.
export const calendar = {} as const;
