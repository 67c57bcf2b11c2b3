// UI strings for this area (Simplified Chinese). Assembled into `messages.legalAffairs`.
export const legalAffairs = {} as const;
