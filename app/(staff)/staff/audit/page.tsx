import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { AUDIT_ACTION_LABELS } from '@/lib/domain/audit/labels';
import { messages } from '@/lib/i18n/messages';
import { auditFilterChoices, searchAuditEvents } from '@/lib/queries/audit/search-audit-events';
import { verifyAuditChainNow } from '@/lib/queries/audit/verify-audit-chain';
import { filtersFrom, queryOf } from './filters';

export const metadata: Metadata = { title: messages.nav.audit };

const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });
const input = 'rounded-md border border-stone-300 px-2 py-1 text-sm';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage({ path: '/staff/audit', permission: 'audit.view' });
  const filters = filtersFrom(await searchParams);
  const [report, result, choices] = await Promise.all([verifyAuditChainNow(), searchAuditEvents(filters), auditFilterChoices()]);
  const { rows, total, page, pages } = result;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{messages.nav.audit}</h1>
      <p role="status" className={`rounded-md border px-3 py-2 ${report.firstBreak ? 'border-red-300 bg-red-50' : 'border-green-300 bg-green-50'}`}>
        {report.firstBreak ? `审计日志校验未通过，第 ${report.firstBreak.id} 条记录：${report.firstBreak.detail}` : `哈希链与签名完整，已校验 ${report.checked} 条记录。`}
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm" aria-label="筛选审计记录">
        <label className="text-sm">
          操作人
          <br />
          <select name="actor" defaultValue={filters.actorId ?? ''} className={input}>
            <option value="">全部</option>
            {choices.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          操作
          <br />
          <select name="action" defaultValue={filters.action ?? ''} className={input}>
            <option value="">全部</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          自<br />
          <input type="date" name="from" defaultValue={filters.from ?? ''} className={input} />
        </label>
        <label className="text-sm">
          至<br />
          <input type="date" name="to" defaultValue={filters.to ?? ''} className={input} />
        </label>
        <label className="text-sm">
          记录编号
          <br />
          <input name="record" defaultValue={filters.entityId ?? ''} className={input} />
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm text-white">
          筛选
        </button>
        <Link className="text-sm text-brand-700 hover:underline" href="/staff/audit">
          清除
        </Link>
        <a className="text-sm text-brand-700 hover:underline" href={`/staff/audit/export${queryOf(filters)}`}>
          导出Excel
        </a>
      </form>
      <div className="overflow-x-auto rounded-lg bg-white p-4 shadow-sm">
        <p className="mb-2 text-sm text-stone-600">
          共 {total} 条，第 {page}/{pages} 页
        </p>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">审计记录</caption>
          <thead>
            <tr className="border-b">
              <th className="py-2">编号</th>
              <th>时间</th>
              <th>操作人</th>
              <th>操作</th>
              <th>对象</th>
              <th>哈希</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b" data-testid="audit-row">
                <td className="py-2">{row.id}</td>
                <td>{timeFormat.format(row.occurredAt)}</td>
                <td>{row.actorName}</td>
                <td>{row.actionLabel}</td>
                <td>
                  {row.targetType}
                  {row.targetName ? '：' : ''}
                  {row.targetHref ? (
                    <Link className="text-brand-700 hover:underline" href={row.targetHref}>
                      {row.targetName || '查看'}
                    </Link>
                  ) : (
                    row.targetName
                  )}{' '}
                  <Link className="text-xs text-stone-500 hover:underline" href={`/staff/audit${queryOf({ entityId: row.entityId })}`} title="该记录的全部审计记录">
                    全部记录
                  </Link>
                </td>
                <td>
                  <span className="font-mono text-xs" title={row.hash}>
                    {row.hash.slice(0, 12)}…
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {pages > 1 ? (
          <nav aria-label="分页" className="mt-3 flex gap-3 text-sm">
            {page > 1 ? <Link href={`/staff/audit${queryOf(filters, page - 1)}`}>上一页</Link> : null}
            {page < pages ? <Link href={`/staff/audit${queryOf(filters, page + 1)}`}>下一页</Link> : null}
          </nav>
        ) : null}
      </div>
    </div>
  );
}
