import { messages } from '@/lib/i18n/messages';
import { publicComplaintLine } from '@/lib/queries/public/site-contacts';

const t = messages.publicSite;

// On every public page: the complaint line and the channels for requests and reports.
export async function SiteFooter() {
  const line = await publicComplaintLine();
  const link = 'underline underline-offset-4';
  return (
    <footer aria-label={t.footer.label} className="print-hidden border-t border-stone-200 bg-white px-4 py-6 text-center text-base text-stone-700">
      <p className="font-semibold text-stone-900">{t.footer.complaintLine(line)}</p>
      <p className="mt-2">
        {t.footer.channels}
        <a className={link} href="/apply">
          {t.footer.apply}
        </a>
        {'　'}
        <a className={link} href="/report">
          {t.footer.report}
        </a>
      </p>
      <p className="mt-2">{messages.site.footer}</p>
      <p className="mt-2">
        <a className={link} href="/guide">
          {t.columns.guide}
        </a>
        {'　'}
        <a className={link} href="/exposure">
          {t.services.exposure}
        </a>
        {'　'}
        <a className={link} href="/feeds/all">
          {t.footer.feed}
        </a>
        {'　'}
        <a className={link} href="/signin">
          {messages.nav.signIn}
        </a>
      </p>
    </footer>
  );
}
