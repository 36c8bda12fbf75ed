// Entry: one store, created from the URL, and the full app — or, with `?embed=WIDGET`, that one
// widget alone. Each is its own chunk, so an embed never loads the full app's code.
// This entry holds no React: it starts the dataset loading in the worker first, and React, the
// page's code and its words then arrive in parallel while the worker fetches and reads.
import { createAppStore } from './state/store';
import { embedParams, parseEmbed } from './state/embed';
import './app/fonts.css';
import './app/styles.css';
import { loadMessages, localeFor } from './i18n/messages';
import { paintShell } from './app/shell';
import { loadForView } from './app/loader';

const embed = parseEmbed(window.location.search);
const store = createAppStore(embed ? { search: window.location.search, keep: embedParams(embed) } : { search: window.location.search });
loadForView(store, store.getState().view.data);
// A link in English loads its words with the page's code, so the first paint is in English.
const words = loadMessages(store.getState().view.lang);
const root = document.getElementById('root')!;
if (embed) {
  // The widget's own code too: it is mounted once that is here, so that its frame is drawn at once
  // when the figures come (src/components/embed/widgetCode.ts).
  const app = import('./app/Embed').then((m) => m.widgetCode[embed.widget].load().then(() => m, () => m));
  void Promise.all([import('./app/mount'), app, words]).then(([{ mount }, { EmbedApp }]) => mount(root, EmbedApp, { store, options: embed }));
} else {
  // The header first (its words are in: Vietnamese comes with this entry), then the page on it.
  const { lang, data } = store.getState().view;
  void words.then(() => paintShell(root, localeFor(lang), data));
  void Promise.all([import('./app/mount'), import('./app/App'), words]).then(([{ mount }, { App }]) => mount(root, App, { store }));
}
