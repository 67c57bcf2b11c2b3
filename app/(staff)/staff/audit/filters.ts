import type { AuditFilters } from '@/lib/queries/audit/search-audit-events';

// The audit log's filters from the query string (page and export share them).
export function filtersFrom(params: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (key: string) => {
    const value = params[key];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    return text ? text.slice(0, 100) : undefined;
  };
  return { actorId: one('actor'), action: one('action'), from: one('from'), to: one('to'), entityId: one('record'), page: Number(one('page')) || 1 };
}

export function queryOf(filters: AuditFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.actorId) params.set('actor', filters.actorId);
  if (filters.action) params.set('action', filters.action);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.entityId) params.set('record', filters.entityId);
  if (page && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
