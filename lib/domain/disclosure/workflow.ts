// The disclosure workflow as a transition table.
//   DRAFT → SECRECY_CHECKED → (IN_REVIEW → APPROVED, when the category requires review) → PUBLISHED → WITHDRAWN
// A return or referral by the reviewer sends the item back to DRAFT. Editing the published content
// of a checked or approved item also sends it back to DRAFT: neither the secrecy check nor the
// approval covers the new version (the approval is bound to a content hash).

export const DISCLOSURE_STATUSES = ['DRAFT', 'SECRECY_CHECKED', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'WITHDRAWN'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export const DISCLOSURE_TRANSITIONS = {
  DRAFT: ['SECRECY_CHECKED'],
  // PUBLISHED straight from here: a category without review, or content an approval already covers.
  SECRECY_CHECKED: ['IN_REVIEW', 'PUBLISHED', 'DRAFT'],
  IN_REVIEW: ['APPROVED', 'DRAFT'],
  APPROVED: ['PUBLISHED', 'DRAFT'],
  PUBLISHED: ['WITHDRAWN'],
  WITHDRAWN: [],
} as const satisfies Record<DisclosureStatus, readonly DisclosureStatus[]>;

export const STATUS_NAMES = {
  DRAFT: '草稿',
  SECRECY_CHECKED: '已保密审查',
  IN_REVIEW: '法制审核中',
  APPROVED: '审核通过',
  PUBLISHED: '已发布',
  WITHDRAWN: '已撤回',
} as const satisfies Record<DisclosureStatus, string>;

export function canTransition(from: DisclosureStatus, to: DisclosureStatus): boolean {
  return (DISCLOSURE_TRANSITIONS[from] as readonly DisclosureStatus[]).includes(to);
}

export const EDITABLE_STATUSES = ['DRAFT', 'SECRECY_CHECKED', 'APPROVED'] as const satisfies readonly DisclosureStatus[];

export function isEditable(status: DisclosureStatus): boolean {
  return (EDITABLE_STATUSES as readonly DisclosureStatus[]).includes(status);
}

// The fields the public sees: changing any of them invalidates the secrecy check and the approval.
export type DisclosureContent = {
  category: string;
  title: string;
  summary: string;
  body: string;
  sourceDepartment: string;
  formedOn: string;
  // Catalogue metadata ('' when absent).
  documentNumber?: string;
  topic?: string;
  validFrom?: string;
  validUntil?: string;
};

export function contentChanged(before: DisclosureContent, after: DisclosureContent): boolean {
  return (Object.keys(before) as (keyof DisclosureContent)[]).some((key) => before[key] !== after[key]);
}

export function statusAfterEdit(status: DisclosureStatus, changed: boolean): DisclosureStatus {
  return changed ? 'DRAFT' : status;
}
