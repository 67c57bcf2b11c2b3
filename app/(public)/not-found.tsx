import { messages } from '@/lib/i18n/messages';

const t = messages.publicSite.notFound;

export default function PublicNotFound() {
  return (
    <div className="rounded-lg bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-3 text-stone-700">{t.text}</p>
      <p className="mt-4">
        <a href="/" className="text-brand-700 underline underline-offset-4">
          {t.back}
        </a>
      </p>
    </div>
  );
}
