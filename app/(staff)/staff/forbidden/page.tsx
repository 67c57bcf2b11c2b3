import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';

export default function ForbiddenPage() {
  return (
    <div className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold">无权访问</h1>
      <p className="mt-2">{messages.errors.forbidden}</p>
      <Link className="mt-4 inline-block text-brand-700 underline" href="/staff">
        返回工作台
      </Link>
    </div>
  );
}
