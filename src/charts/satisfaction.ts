// Satisfaction: the unit (first) and its children against the target line. Same drawing as the
// comparison chart; the unit's own bar is not a drill-down.
import type { Locale } from '../i18n/messages';
import type { SatisfactionView } from '../model/views/satisfaction';
import { compareOption, compareSummary } from './compare';
import type { ChartContext, ChartOption } from './option';
import type { Theme } from './theme';

export function satisfactionSummary(view: SatisfactionView, locale: Locale): string {
  return view.hasData ? compareSummary(view.rows, locale) : locale.m.satisfactionEmpty;
}

export function satisfactionOption(view: SatisfactionView, theme: Theme, locale: Locale, ctx: ChartContext): ChartOption {
  return compareOption({ unit: view.self?.unit ?? '', indicator: view.indicator, periodKey: '', level: '', better: 'higher', rows: view.rows, missing: [], target: view.target, otherPeriods: [], otherLevels: [], oldUnits: [] }, theme, locale, ctx);
}
