// Verifies a case's hash chain and reports the first broken link, in Chinese for the case file.
import { checkSeal, type MacKeyring, type Seal } from '../records/seal';
import { GENESIS_HASH, chainHash, sealContent, type ChainRecord } from './hash-chain';

export type ChainLink = { readonly record: ChainRecord; readonly prevHash: string; readonly hash: string; readonly seal?: Seal };

export type ChainProblem =
  /** The record's content no longer matches its stored hash. */
  | 'ALTERED'
  /** The record does not link to the one before it: a record was removed, inserted or reordered. */
  | 'BROKEN_LINK'
  /** The chain ends before the recorded head: records at the end were removed. */
  | 'MISSING_TAIL'
  /** The record carries no seal (MAC): it was not written by the application. */
  | 'UNSIGNED'
  /** The record's seal does not match it (or names an unknown key): forged or rewritten in the database. */
  | 'FORGED';

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
  /** When given, every link's seal is checked with these keys (lib/domain/records/seal.ts). */
  readonly keys?: MacKeyring;
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
    if (options.keys) {
      const table = link.record.recordType === 'STEP' ? 'CaseStep' : 'EvidenceItem';
      const problem = checkSeal(options.keys, table, sealContent(link.record, link), link.seal ?? { mac: null, macKeyId: null });
      if (problem === 'UNSIGNED') {
        const message = `${label(link.record)}没有签名，不是经本系统写入的记录（可能是直接写入数据库伪造的，或写于签名启用之前而未补签）`;
        return { ok: false, index, recordId: id, problem: 'UNSIGNED', message };
      }
      if (problem === 'UNKNOWN_KEY') {
        const message = `${label(link.record)}的签名密钥（编号 ${link.seal?.macKeyId}）未配置，无法确认记录出自本系统`;
        return { ok: false, index, recordId: id, problem: 'FORGED', message };
      }
      if (problem) {
        const message = `${label(link.record)}的签名与记录内容不符，记录是伪造的或在数据库中被直接改写（即使哈希链已重新计算）`;
        return { ok: false, index, recordId: id, problem: 'FORGED', message };
      }
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
