import type { Metadata } from 'next';
import Link from 'next/link';
import { MarkReadButton } from '@/components/workbench/mark-read-button';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { listInbox } from '@/lib/queries/notifications/inbox';
import { markReadAction } from './actions';

export const metadata: Metadata = { title: '消息' };

const time = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

// The in-app inbox: hand-offs and deadline reminders (also e-mailed when SMTP is configured).
export default async function InboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireStaffPage({ path: '/staff/inbox' });
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total, pages } = await listInbox(actor.id, page);
  const unread = items.some((i) => !i.read);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">消息（共{total}条）</h1>
        {unread ? <MarkReadButton label="全部标为已读" action={markReadAction} /> : null}
      </div>
      {items.length === 0 ? (
        <p className="text-sm text-stone-700">暂无消息。</p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-lg bg-white shadow-sm" data-testid="inbox">
          {items.map((item) => (
            <li key={item.id} className={`p-4 ${item.read ? '' : 'bg-amber-50'}`} data-testid="inbox-item">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium">
                  {item.read ? null : <span className="mr-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800">未读</span>}
                  {item.href ? (
                    <Link className="text-brand-700 hover:underline" href={item.href}>
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </p>
                <p className="text-xs text-stone-600">{time(item.createdAt)}</p>
              </div>
              {item.body ? <p className="mt-1 text-sm text-stone-700">{item.body}</p> : null}
              {item.read ? null : (
                <div className="mt-2">
                  <MarkReadButton id={item.id} label="标为已读" action={markReadAction} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav aria-label="分页" className="flex gap-3 text-sm">
          {page > 1 ? <Link href={`/staff/inbox?page=${page - 1}`}>上一页</Link> : null}
          <span>
            第{page}页，共{pages}页
          </span>
          {page < pages ? <Link href={`/staff/inbox?page=${page + 1}`}>下一页</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
