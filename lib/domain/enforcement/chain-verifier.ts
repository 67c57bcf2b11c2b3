// Verifies a case's hash chain and reports the first broken link, in Chinese for the case file.
import { GENESIS_HASH, chainHash, type ChainRecord } from './hash-chain';

export type ChainLink = { readonly record: ChainRecord; readonly prevHash: string; readonly hash: string };

export type ChainProblem =
  /** The record's content no longer matches its stored hash. */
  | 'ALTERED'
  /** The record does not link to the one before it: a record was removed, inserted or reordered. */
  | 'BROKEN_LINK'
  /** The chain ends before the recorded head: records at the end were removed. */
  | 'MISSING_TAIL';

export type ChainVerification =
  | { readonly ok: true; readonly head: string; readonly length: number }
  | {
      readonly ok: false;
      readonly index: number;
      readonly recordId: string | null;
      readonly problem: ChainProblem;
      readonly message: string;
    };

export type VerifyOptions = {
  readonly genesis?: string;
  /** The last hash recorded elsewhere (e.g. in the audit log); detects removal of the newest records. */
  readonly expectedHead?: string;
};

function label(record: ChainRecord): string {
  return record.recordType === 'STEP' ? `执法环节记录（第${record.seq}步 ${record.key}）` : `证据“${record.fileName}”`;
}

/** Checks `links` in chain order; returns the first broken link. */
export function verifyChain(links: readonly ChainLink[], options: VerifyOptions = {}): ChainVerification {
  let previous = options.genesis ?? GENESIS_HASH;
  for (const [index, link] of links.entries()) {
    const id = link.record.id;
    if (link.prevHash !== previous) {
      const message = `${label(link.record)}与前一条记录的链接断开，可能有记录被删除、插入或调换顺序`;
      return { ok: false, index, recordId: id, problem: 'BROKEN_LINK', message };
    }
    if (chainHash(link.prevHash, link.record) !== link.hash) {
      return { ok: false, index, recordId: id, problem: 'ALTERED', message: `${label(link.record)}的内容与其哈希值不符，记录已被改动` };
    }
    previous = link.hash;
  }
  if (options.expectedHead !== undefined && options.expectedHead !== previous) {
    const message = '记录链的末端与登记的最新哈希值不符，最新的记录可能已被删除';
    return { ok: false, index: links.length, recordId: null, problem: 'MISSING_TAIL', message };
  }
  return { ok: true, head: previous, length: links.length };
}

/**
 * Puts links into chain order by following prevHash from the genesis, so rows whose timestamps do
 * not reflect insertion order still verify. Links not reached (after a removal, or a fork) follow
 * in their given order, where verifyChain reports the first of them.
 */
export function orderChain(links: readonly ChainLink[], genesis: string = GENESIS_HASH): ChainLink[] {
  const byPrev = new Map<string, ChainLink[]>();
  for (const link of links) byPrev.set(link.prevHash, [...(byPrev.get(link.prevHash) ?? []), link]);
  const ordered: ChainLink[] = [];
  const used = new Set<ChainLink>();
  let cursor = genesis;
  for (;;) {
    const next = byPrev.get(cursor)?.find((link) => !used.has(link));
    if (!next) break;
    ordered.push(next);
    used.add(next);
    cursor = next.hash;
  }
  return [...ordered, ...links.filter((link) => !used.has(link))];
}
