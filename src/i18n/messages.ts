// Messages by language, and the names of indicators, levels and statuses as shown.
import type { IndicatorRecord } from '../data/types';
import type { Lang } from './format';
import { vi, type Messages } from './vi';

export type { Messages };

// Vietnamese is the page's own language and comes with it; English loads when it is asked for
// (the switch, or `lang=en` in the link), so a Vietnamese reader never downloads it.
const loaded = new Map<Lang, Messages>([['vi', vi]]);
const loading = new Map<Lang, Promise<void>>();

export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang);
}

export function loadMessages(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) loading.set(lang, (p = import('./en').then((x) => { loaded.set('en', x.en); })));
  return p;
}

/** For tests and tools that import a language themselves. */
export function registerMessages(lang: Lang, m: Messages): void {
  loaded.set(lang, m);
}

export function messagesFor(lang: Lang): Messages {
  return loaded.get(lang) ?? vi;
}

export interface Locale {
  lang: Lang;
  m: Messages;
}

/** The dataset line's name for a dataset still loading: the view's `data` as asked for, or the bundled one's. */
export function requestedDataset(m: Messages, requested: string): string {
  return requested || m.datasetBundled;
}

/** The locale of a language, once its messages are loaded (Vietnamese meanwhile: words and numbers agree). */
export function localeFor(lang: Lang): Locale {
  const m = loaded.get(lang);
  return m ? localeOf(lang, m) : localeOf('vi', vi);
}

// One object per language and messages: what is memoised on the locale (the charts' options,
// the panels' views) is not made again on every render of the page, and a chart is not set an
// option anew (and drawn again) each time the page renders.
const locales = new Map<Lang, Locale>();
function localeOf(lang: Lang, m: Messages): Locale {
  let l = locales.get(lang);
  if (!l || l.m !== m) locales.set(lang, (l = { lang, m }));
  return l;
}

/** An indicator's name: the catalogue's (built-in or the dataset's own) in the language. */
export function indicatorName(ind: Pick<IndicatorRecord, 'id' | 'nameVi' | 'nameEn'> | undefined, lang: Lang, id = ind?.id ?? ''): string {
  if (!ind) return id;
  return (lang === 'en' ? ind.nameEn : ind.nameVi) || ind.nameVi || ind.nameEn || ind.id;
}

export function levelName(level: string, m: Messages): string {
  return m.levels[level] ?? level;
}

export function groupName(group: string, m: Messages): string {
  return m.groups[group] ?? group;
}

export const STATUS_ICON = { met: '✓', 'at-risk': '!', missed: '✗', 'no-data': '—', none: '—' } as const;

/** `≥` for `>=`, as a reader writes it. */
export function opMark(op: string): string {
  return op === '>=' ? '≥' : op === '<=' ? '≤' : '=';
}
