// The view in the URL: `?unit=&indicator=&period=&level=&lang=&data=&today=`, written as a diff from
// the dataset's defaults so a link says only what the reader chose. Canonical period keys keep
// their slash (`2020-07-01/2023-06-30`), which is legal in a query.
import type { Lang } from '../i18n/format';
import type { ViewChoice } from '../model/views/defaults';

export interface ViewState {
  /** null: the dataset's default. */
  unit: string | null;
  indicator: string | null;
  period: string | null;
  /** '' is the total over levels; null the default. */
  level: string | null;
  lang: Lang;
  /** '' is the bundled dataset; else a same-origin URL of a file or a folder. */
  data: string;
  /** Figures of units that no longer exist shown under the units in force today (`today=1`). */
  today: boolean;
}

export const EMPTY_VIEW: ViewState = { unit: null, indicator: null, period: null, level: null, lang: 'vi', data: '', today: false };

/** In the URL the total over levels is `level=all` (an empty value is read the same way). */
const ALL_LEVELS = 'all';

export function parseSearch(search: string): ViewState {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const text = (k: string) => {
    const v = q.get(k);
    return v === null ? null : v.trim();
  };
  const level = text('level');
  const lang = text('lang');
  return {
    unit: text('unit') || null,
    indicator: text('indicator') || null,
    period: text('period') || null,
    level: level === null ? null : level === ALL_LEVELS ? '' : level,
    lang: lang === 'en' ? 'en' : 'vi',
    data: text('data') ?? '',
    today: ['1', 'true', 'yes'].includes(text('today') ?? ''),
  };
}

const enc = (v: string) => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%3A/gi, ':');

/** `?unit=259&period=2020-07-01/2023-06-30&level=huyen` — only what differs from the defaults. */
export function toSearch(view: ViewState, defaults: ViewChoice | null): string {
  const parts: string[] = [];
  const put = (k: string, v: string | null, dflt: string | null | undefined) => {
    if (v === null || v === dflt) return;
    parts.push(`${k}=${enc(v)}`);
  };
  if (view.data) parts.push(`data=${enc(view.data)}`);
  put('unit', view.unit, defaults?.unit);
  put('indicator', view.indicator, defaults?.indicator);
  put('period', view.period, defaults?.period);
  if (view.level !== null && view.level !== defaults?.level) parts.push(`level=${view.level === '' ? ALL_LEVELS : enc(view.level)}`);
  if (view.today) parts.push('today=1');
  if (view.lang !== 'vi') parts.push(`lang=${view.lang}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Two views are the same page (for not pushing duplicate history entries). */
export function sameView(a: ViewState, b: ViewState, defaults: ViewChoice | null): boolean {
  return toSearch(a, defaults) === toSearch(b, defaults);
}
