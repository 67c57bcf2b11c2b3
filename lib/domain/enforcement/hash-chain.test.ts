import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orderChain, verifyChain, type ChainLink } from './chain-verifier';
import { GENESIS_HASH, canonicalJson, chainHash, type ChainRecord, type EvidenceRecord, type StepRecord } from './hash-chain';

const step = (seq: number, key: string): StepRecord => ({
  recordType: 'STEP',
  id: `s${seq}`,
  caseId: 'c1',
  seq,
  key,
  actorId: 'u1',
  occurredAt: new Date(Date.UTC(2024, 6, seq, 2, 30)),
  note: '',
  documents: [{ name: '立案审批表.pdf', sha256: 'ab' }],
  recordingWaiverReason: null,
  chainSeq: seq,
  hashVersion: 2,
});

const evidence: EvidenceRecord = {
  recordType: 'EVIDENCE',
  id: 'e1',
  caseId: 'c1',
  stepId: 's2',
  kind: 'VIDEO',
  storageKey: 'c1/e1',
  fileName: '现场检查.mp4',
  mimeType: 'video/mp4',
  size: 734_003_200n,
  sha256: 'f'.repeat(64),
  deviceId: 'd1',
  officerId: 'o1',
  capturedAt: '2024-07-02T01:00:00.000Z',
  createdAt: '2024-07-02T03:00:00.000Z',
  uploadedById: 'u2',
  chainSeq: 3,
  hashVersion: 2,
};

function chain(records: readonly ChainRecord[]): ChainLink[] {
  let prevHash = GENESIS_HASH;
  return records.map((record) => {
    const link = { record, prevHash, hash: chainHash(prevHash, record) };
    prevHash = link.hash;
    return link;
  });
}

const records = [step(1, 'FILED'), step(2, 'INVESTIGATION'), evidence, step(3, 'RIGHTS_NOTICE')];

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: null, e: 'x' }], c: undefined } })).toBe('{"a":{"d":[1,{"e":"x","f":null}]},"b":1}');
  });

  it('serialises dates as ISO strings and bigints as decimal strings', () => {
    expect(canonicalJson({ at: new Date('2024-07-01T00:00:00Z'), size: 10n })).toBe('{"at":"2024-07-01T00:00:00.000Z","size":"10"}');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('chainHash', () => {
  it('is SHA-256 of the previous hash, a separator and the canonical record', () => {
    const record = step(1, 'FILED');
    const expected = createHash('sha256')
      .update(`\u001f${canonicalJson({ ...record, occurredAt: '2024-07-01T02:30:00.000Z' })}`)
      .digest('hex');
    expect(chainHash('', record)).toBe(expected);
    expect(chainHash('', record)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on property order, date type or size type', () => {
    const reordered = Object.fromEntries(Object.entries(evidence).reverse()) as EvidenceRecord;
    expect(chainHash('x', reordered)).toBe(chainHash('x', evidence));
    const asDate = { ...evidence, capturedAt: new Date('2024-07-02T01:00:00.000Z'), size: 734_003_200 };
    expect(chainHash('x', asDate)).toBe(chainHash('x', evidence));
  });

  it('changes with the previous hash and with any field', () => {
    expect(chainHash('a', evidence)).not.toBe(chainHash('b', evidence));
    expect(chainHash('a', { ...evidence, sha256: 'e'.repeat(64) })).not.toBe(chainHash('a', evidence));
  });

  it('covers every column in version 2, among them the uploader, the waiver reason and the chain position', () => {
    expect(chainHash('a', { ...evidence, uploadedById: 'u3' })).not.toBe(chainHash('a', evidence));
    expect(chainHash('a', { ...evidence, createdAt: '2024-07-02T03:00:01.000Z' })).not.toBe(chainHash('a', evidence));
    expect(chainHash('a', { ...evidence, chainSeq: 4 })).not.toBe(chainHash('a', evidence));
    const filed = step(1, 'FILED');
    expect(chainHash('a', { ...filed, recordingWaiverReason: '设备故障' })).not.toBe(chainHash('a', filed));
  });

  it('keeps the version-1 hash of rows written before every column was hashed', () => {
    const legacy = { ...step(1, 'FILED'), hashVersion: 1 };
    const { recordingWaiverReason: _r, chainSeq: _c, hashVersion: _v, ...v1 } = legacy;
    const expected = createHash('sha256')
      .update(`\u001f${canonicalJson({ ...v1, occurredAt: '2024-07-01T02:30:00.000Z' })}`)
      .digest('hex');
    expect(chainHash('', legacy)).toBe(expected);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain of steps and evidence and returns its head', () => {
    const links = chain(records);
    expect(verifyChain(links)).toEqual({ ok: true, head: links[3]!.hash, length: 4 });
    expect(verifyChain([])).toEqual({ ok: true, head: '', length: 0 });
  });

  it('reports an altered evidence record (e.g. a swapped file hash)', () => {
    const links = chain(records);
    links[2] = { ...links[2]!, record: { ...evidence, sha256: '0'.repeat(64) } };
    expect(verifyChain(links)).toMatchObject({ ok: false, index: 2, recordId: 'e1', problem: 'ALTERED' });
  });

  it('reports a rehashed record at the next link', () => {
    const links = chain(records);
    const altered = { ...step(2, 'INVESTIGATION'), note: '改过' };
    links[1] = { ...links[1]!, record: altered, hash: chainHash(links[1]!.prevHash, altered) };
    const result = verifyChain(links);
    expect(result).toMatchObject({ ok: false, index: 2, problem: 'BROKEN_LINK' });
    if (!result.ok) expect(result.message).toContain('现场检查.mp4');
  });

  it('reports a removed record', () => {
    const links = chain(records);
    links.splice(1, 1);
    expect(verifyChain(links)).toMatchObject({ ok: false, index: 1, recordId: 'e1', problem: 'BROKEN_LINK' });
  });

  it('reports removed newest records against the recorded head', () => {
    const links = chain(records);
    const head = links[3]!.hash;
    expect(verifyChain(links.slice(0, 3), { expectedHead: head })).toMatchObject({ ok: false, index: 3, problem: 'MISSING_TAIL', recordId: null });
    expect(verifyChain(links, { expectedHead: head }).ok).toBe(true);
  });

  it('uses a given genesis', () => {
    let prevHash = 'case:c1';
    const links = records.map((record) => {
      const link = { record, prevHash, hash: chainHash(prevHash, record) };
      prevHash = link.hash;
      return link;
    });
    expect(verifyChain(links).ok).toBe(false);
    expect(verifyChain(links, { genesis: 'case:c1' }).ok).toBe(true);
  });
});

describe('orderChain', () => {
  it('restores chain order from the links, whatever the row order', () => {
    const links = chain(records);
    const shuffled = [links[2]!, links[0]!, links[3]!, links[1]!];
    expect(orderChain(shuffled).map((l) => l.record.id)).toEqual(['s1', 's2', 'e1', 's3']);
    expect(verifyChain(orderChain(shuffled)).ok).toBe(true);
  });

  it('puts unreachable links last, where the verifier reports them', () => {
    const links = chain(records);
    const withoutFirst = [links[3]!, links[1]!, links[2]!];
    const ordered = orderChain(withoutFirst);
    expect(ordered.map((l) => l.record.id)).toEqual(['s3', 's2', 'e1']);
    expect(verifyChain(ordered)).toMatchObject({ ok: false, index: 0, problem: 'BROKEN_LINK' });
  });

  it('reports a fork: two records claiming the same predecessor', () => {
    const links = chain(records.slice(0, 2));
    const fork = { record: evidence, prevHash: links[0]!.hash, hash: chainHash(links[0]!.hash, evidence) };
    const result = verifyChain(orderChain([...links, fork]));
    expect(result).toMatchObject({ ok: false, index: 2, recordId: 'e1', problem: 'BROKEN_LINK' });
  });
});
