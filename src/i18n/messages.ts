// Messages by language, and the names of indicators, levels and statuses as shown.
import type { IndicatorRecord } from '../data/types';
import type { Lang } from './format';
import { en } from './en';
import { vi, type Messages } from './vi';

export type { Messages };

export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : vi;
}

export interface Locale {
  lang: Lang;
  m: Messages;
}

export function localeFor(lang: Lang): Locale {
  return { lang, m: messagesFor(lang) };
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
