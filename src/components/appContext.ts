// The store reaches components through context (one store per app, a fresh one per test).
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from '../state/store';
import { resolvedView } from '../state/store';
import { hasMessages, loadMessages, localeFor, type Locale } from '../i18n/messages';
import type { ViewChoice } from '../model/views/defaults';
import type { Model } from '../model/model';
import { THEME, type Theme } from '../charts/theme';

export const StoreContext = createContext<AppStore | null>(null);

/** The chart colours: light, or dark for an embed that asks for it. */
export const ThemeContext = createContext<Theme>(THEME);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

export function useApp<T>(selector: (s: AppState & AppActions) => T): T {
  return useStore(useAppStore(), selector);
}

export function useLocale(): Locale {
  const lang = useApp((s) => s.view.lang);
  const [, loaded] = useState(0);
  useEffect(() => {
    if (!hasMessages(lang)) void loadMessages(lang).then(() => loaded((n) => n + 1));
  }, [lang]);
  return localeFor(lang);
}

/** The dataset's model and the view the page shows (both present once a dataset is loaded). */
export function useView(): { model: Model; view: ViewChoice } | null {
  const dataset = useApp((s) => s.dataset);
  const requested = useApp((s) => s.view);
  // The same object until the dataset or the requested view changes: what follows the view (the
  // panels, their memoised views) is not redone on every render of the page.
  return useMemo(() => {
    if (!dataset) return null;
    const view = resolvedView({ dataset, view: requested, loading: null, error: null, summary: null });
    return view ? { model: dataset.model, view } : null;
  }, [dataset, requested]);
}
