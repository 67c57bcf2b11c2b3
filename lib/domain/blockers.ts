// A rule returns the reasons that block a step, not a boolean: the page shows them next to a
// disabled button, and the service re-checks them inside its transaction and refuses unless empty.
export type Blocker = {
  code: string;
  // User-facing, Simplified Chinese.
  message: string;
  // The statute or rule cited, e.g. '《行政处罚法》第五十八条'.
  citation?: string;
};

export function describeBlockers(blockers: readonly Blocker[]): string {
  return blockers.map((b) => (b.citation ? `${b.message}（${b.citation}）` : b.message)).join('；');
}
