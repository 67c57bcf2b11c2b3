import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';

export default function HomePage() {
  return (
    <div className="space-y-8">
      <section aria-labelledby="intro" className="rounded-lg bg-white p-6 shadow-sm">
        <h1 id="intro" className="text-2xl font-bold text-brand-800">{messages.site.bureau}政府信息公开</h1>
        <p className="mt-3 text-stone-700">
          本平台公开区民政局的工作动态、政策法规、机构职能、通知公告、行政执法公示与法治政府建设年度报告，接受社会各界监督。
        </p>
      </section>
      <section aria-labelledby="staff-entry" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="staff-entry" className="text-xl font-semibold">{messages.nav.staff}</h2>
        <p className="mt-2 text-stone-700">
          执法人员、法制审核人员与信息公开编辑请<Link className="text-brand-700 underline" href="/signin">登录工作平台</Link>。
        </p>
      </section>
    </div>
  );
}
