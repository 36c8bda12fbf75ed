// Entry: one store, created from the URL, and the full app — or, with `?embed=WIDGET`, that one
// widget alone. Each is its own chunk, so an embed never loads the full app's code.
// The dataset starts loading at once, in the worker, while that chunk arrives.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/store';
import { embedParams, parseEmbed } from './state/embed';
import './app/fonts.css';
import './app/styles.css';
import { loadMessages } from './i18n/messages';
import { loadForView } from './app/loader';

const root = createRoot(document.getElementById('root')!);
const embed = parseEmbed(window.location.search);
if (embed) {
  const store = createAppStore({ search: window.location.search, keep: embedParams(embed) });
  // The data loads in the worker while the widget's code arrives.
  loadForView(store, store.getState().view.data);
  // A link in English loads its words with the page's code, so the first paint is in English.
  const words = loadMessages(store.getState().view.lang);
  void Promise.all([import('./app/Embed'), words]).then(([{ EmbedApp }]) => root.render(<StrictMode><EmbedApp store={store} options={embed} /></StrictMode>));
} else {
  const store = createAppStore({ search: window.location.search });
  loadForView(store, store.getState().view.data);
  const words = loadMessages(store.getState().view.lang);
  void Promise.all([import('./app/App'), words]).then(([{ App }]) => root.render(<StrictMode><App store={store} /></StrictMode>));
}
