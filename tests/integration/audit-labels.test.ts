// Reads the sources (node:fs), so it lives here rather than beside the pure domain module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel, ENTITY_TYPE_LABELS } from '@/lib/domain/audit/labels';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('audit labels', () => {
  const text = sources('lib')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  it('names in Chinese every action a service records', () => {
    // Every quoted `area.verb` on a line that records an action (ternaries included).
    const lines = text.split('\n').filter((line) => /\baction: /.test(line));
    const actions = new Set(lines.flatMap((line) => [...line.matchAll(/'([a-z][A-Za-z]*\.[a-z][A-Za-z]*)'/g)].map((m) => m[1]!)));
    expect(actions.size).toBeGreaterThan(50);
    expect([...actions].filter((a) => !(a in AUDIT_ACTION_LABELS))).toEqual([]);
  });

  it('names every record type the audit rows use', () => {
    const types = new Set([...text.matchAll(/entityType: '([A-Z][A-Za-z]+)'/g)].map((m) => m[1]!));
    expect([...types].filter((t) => !(t in ENTITY_TYPE_LABELS))).toEqual([]);
  });

  it('never shows a code for an unknown action', () => {
    expect(auditActionLabel('case.somethingNew')).toBe('执法案件操作');
    expect(auditActionLabel('weird')).toBe('其他操作');
  });
});
