// Who may move a disclosure on: the review mechanism (《政府信息公开条例》第十七条) separates the
// drafting of an item from checking it. The secrecy check is signed off by someone who neither
// wrote nor edited the item; only its author or an editor of disclosures sends it for legal review.
import { can, isRole, type Role } from '../auth/permissions';
import type { Blocker } from '../blockers';
import { CITATIONS } from './rules';

export type DisclosureActor = { readonly userId: string; readonly roles: readonly Role[] };

export function disclosureActorOf(actor: { id: string; roles: readonly string[] }): DisclosureActor {
  return { userId: actor.id, roles: actor.roles.filter(isRole) };
}

/**
 * Who wrote the item: its author and everyone who edited it. Callers pass the disclosure row itself,
 * so the editors are counted as soon as the row records them (an `editorIds` column).
 */
export type DisclosureWriters = { readonly authorId: string; readonly editorIds?: readonly string[] };

function wrote(item: DisclosureWriters, userId: string): boolean {
  return item.authorId === userId || (item.editorIds ?? []).includes(userId);
}

/**
 * Whether a writer may sign off the secrecy check of their own text: only a department head
 * (DIRECTOR) and only where the bureau's setting `separation.headMaySecrecyCheckOwn` allows it.
 */
export type SeparationPolicy = { readonly headMaySecrecyCheckOwn: boolean };

function headException(actor: DisclosureActor, policy: SeparationPolicy): boolean {
  return policy.headMaySecrecyCheckOwn && actor.roles.includes('DIRECTOR');
}

/** The secrecy check is recorded by someone other than the item's author or editors (a head, if the bureau allows). */
export function secrecyCheckerBlockers(item: DisclosureWriters, actor: DisclosureActor, policy: SeparationPolicy = { headMaySecrecyCheckOwn: false }): Blocker[] {
  if (!wrote(item, actor.userId) || headException(actor, policy)) return [];
  return [
    {
      code: 'SECRECY_CHECK_BY_WRITER',
      message: '保密审查须由起草、修改该信息以外的人员办理，起草人或修改人不能审查自己撰写的内容',
      citation: CITATIONS.secrecy,
    },
  ];
}

/** The item is sent for legal review by its author or by an editor of disclosures, not by any other staff. */
export function reviewSubmitterBlockers(item: DisclosureWriters, actor: DisclosureActor): Blocker[] {
  if (wrote(item, actor.userId) || can(actor.roles, 'disclosure.draft')) return [];
  return [{ code: 'SUBMIT_BY_OTHER', message: '政务公开信息须由其起草人或信息公开人员送法制审核', citation: CITATIONS.secrecy }];
}

/**
 * Nobody publishes alone: an item written (or edited) by the publisher goes out only when someone
 * who neither wrote nor edited it signed off its secrecy check. The exception for a department
 * head checking their own text does not extend to publishing it without a second person.
 */
export function publisherBlockers(item: DisclosureWriters & { readonly secrecyCheckedById: string | null }, actor: DisclosureActor): Blocker[] {
  if (!wrote(item, actor.userId)) return [];
  if (item.secrecyCheckedById !== null && !wrote(item, item.secrecyCheckedById)) return [];
  return [
    {
      code: 'PUBLISH_ALONE',
      message: '起草人或修改人不能独自发布：须由起草、修改该信息以外的人员进行保密审查后方可发布',
      citation: CITATIONS.secrecy,
    },
  ];
}
