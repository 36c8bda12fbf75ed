// The levels (province / district / commune desks) as HTML bars, each against its own target: what
// the levels panel shows, in the app and embedded (barList.ts). Apart from the comparison's so
// that an embedded comparison does not load the levels' code.
import { levelName, type Locale } from '../i18n/messages';
import type { LevelView } from '../model/views/levels';
import { barColor, figureLines, targetText } from './common';
import { levelLabel, levelsSummary } from './levels';
import { scaleOf, widest, type BarListSpec } from './barList';
import type { ChartContext } from './option';
import type { Theme } from './theme';

/** Levels side by side (province / district / commune desks), each against its own target. */
export function levelBars(view: LevelView, theme: Theme, locale: Locale, ctx: ChartContext): BarListSpec {
  const rows = view.rows;
  const kind = rows.find((r) => r.value)?.value?.kind ?? 'rate';
  const { share, ticks } = scaleOf(kind, Math.max(0, ...rows.map((r) => r.value?.value ?? 0), ...rows.map((r) => r.status.target?.value ?? 0)), locale);
  const out = rows.map((r) => {
    const lines = figureLines(r.value, r.status, locale);
    return {
      key: r.level,
      name: levelName(r.level, locale.m),
      share: r.value ? share(r.value.value) : null,
      color: barColor(r.status, theme),
      label: levelLabel(r, locale),
      detail: [ctx.indicatorName, ...lines],
      more: lines.slice(1),
      target: r.status.target ? { at: share(r.status.target.value), text: targetText(r.status.target, kind, locale) } : null,
    };
  });
  return { rows: out, ticks, target: null, labelChars: widest(out), description: `${ctx.indicatorName}. ${levelsSummary(rows, locale)}` };
}
