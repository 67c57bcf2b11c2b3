// UI strings for this area (Simplified Chinese). Assembled into `messages.publicSite`.
export const publicSite = {} as const;
