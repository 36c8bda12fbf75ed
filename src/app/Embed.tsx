// An embedded widget (`?embed=WIDGET`): no header, filter bar or other panels — the widget, its
// context and a link to the full view, in the host's theme, telling the host page its height.
import { useDeferredValue, useEffect } from 'react';
import { StoreContext, ThemeContext, useApp, useLocale, useView } from '../components/appContext';
import { EmbedFrame } from '../components/embed/EmbedFrame';
import { useAutoHeight } from '../components/embed/autoHeight';
import { errorText } from '../components/LoadStatus';
import { DARK_THEME, THEME } from '../charts/theme';
import type { EmbedOptions } from '../state/embed';
import type { AppStore } from '../state/store';
import { useDataset } from './useDataset';

export { widgetCode } from '../components/embed/widgetCode';

function EmbedShell({ options }: { options: EmbedOptions }) {
  const locale = useLocale();
  // The figures' arrival is a store update, which React renders at once, in one task: the frame
  // is drawn in a second, deferred pass instead, in slices that let a phone's thread breathe.
  const current = useDeferredValue(useView());
  const error = useApp((s) => s.error);
  const lang = useApp((s) => s.view.lang);
  useDataset();
  useAutoHeight();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.classList.add('embed');
    document.documentElement.classList.toggle('embed--dark', options.theme === 'dark');
    document.documentElement.classList.toggle('embed--borderless', !options.border);
  }, [lang, options]);
  if (!current) return <p className="loading-page" role="status">{error ? errorText(error, locale) : locale.m.loading}</p>;
  return <EmbedFrame widget={options.widget} model={current.model} view={current.view} locale={locale} />;
}

export function EmbedApp({ store, options }: { store: AppStore; options: EmbedOptions }) {
  return (
    <StoreContext.Provider value={store}>
      <ThemeContext.Provider value={options.theme === 'dark' ? DARK_THEME : THEME}>
        <EmbedShell options={options} />
      </ThemeContext.Provider>
    </StoreContext.Provider>
  );
}
