import { messages } from '@/lib/i18n/messages';

const t = messages.publicSite.search;

// On the red title band the site's blue focus outline is hard to see: draw it white there.
export const ON_DARK_FOCUS = { outlineColor: '#fff' } as const;

// A plain GET form: works without JavaScript and lands on /search?q=…
export function SearchForm(props: { id: string; landmark: string; defaultValue?: string; large?: boolean; onDark?: boolean }) {
  const { id, landmark, defaultValue, large = false, onDark = false } = props;
  return (
    <form role="search" aria-label={landmark} action="/search" method="get" className="flex w-full max-w-xl gap-2">
      <label htmlFor={id} className="sr-only">
        {t.label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t.placeholder}
        maxLength={40}
        style={onDark ? ON_DARK_FOCUS : undefined}
        className={`min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 text-stone-900 placeholder:text-stone-600 ${large ? 'py-3 text-lg' : 'py-2 text-base'}`}
      />
      <button
        type="submit"
        style={onDark ? ON_DARK_FOCUS : undefined}
        className={`shrink-0 rounded px-5 font-semibold ${onDark ? 'border-2 border-white bg-brand-800 text-white hover:bg-white hover:text-brand-800' : 'bg-brand-700 text-white hover:bg-brand-800'} ${large ? 'py-3 text-lg' : 'py-2 text-base'}`}
      >
        {t.submit}
      </button>
    </form>
  );
}
