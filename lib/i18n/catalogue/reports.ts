// UI strings for annual reports and yearly statistics (Simplified Chinese). Assembled into `messages.reports`.
export const reports = {
  fields: {},
} as const;
