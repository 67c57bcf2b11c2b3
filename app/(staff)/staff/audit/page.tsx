import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listRecentAuditEvents } from '@/lib/queries/audit/list-audit-events';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';

export const metadata: Metadata = { title: messages.nav.audit };

const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });

export default async function AuditPage() {
  await requireStaffPage({ path: '/staff/audit', permission: 'audit.view' });
  const db = getDb();
  const [report, events] = await Promise.all([verifyAuditChain(db), listRecentAuditEvents(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{messages.nav.audit}</h1>
      <p role="status" className={`rounded-md border px-3 py-2 ${report.firstBreak ? 'border-red-300 bg-red-50' : 'border-green-300 bg-green-50'}`}>
        {report.firstBreak
          ? `审计日志校验未通过，第 ${report.firstBreak.id} 条记录：${report.firstBreak.detail}`
          : `哈希链与签名完整，已校验 ${report.checked} 条记录。`}
      </p>
      <div className="overflow-x-auto rounded-lg bg-white p-4 shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">最近的审计记录</caption>
          <thead>
            <tr className="border-b"><th className="py-2">编号</th><th>时间</th><th>操作人</th><th>操作</th><th>对象</th><th>哈希</th></tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={String(event.id)} className="border-b">
                <td className="py-2">{String(event.id)}</td>
                <td>{timeFormat.format(event.occurredAt)}</td>
                <td>{event.actor?.name ?? '—'}</td>
                <td><code>{event.action}</code></td>
                <td>{event.entityType} {event.entityId.slice(0, 8)}</td>
                <td><code>{event.hash.slice(0, 12)}…</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
