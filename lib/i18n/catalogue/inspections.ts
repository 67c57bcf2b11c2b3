// UI strings for this area (Simplified Chinese). Assembled into `messages.inspections`.
export const inspections = {} as const;
