// Levels side by side against their own targets: the panel (summary, table, downloads) around the
// levels' bars, drawn in HTML (BarList) in the app as in an embed. Two to four bars are no work
// for a chart library: a drill, which changes them, sets no chart option for them, and a phone
// loads no chart code for them. The picture downloads still draw the canvas chart's option
// (charts/levels), loading ECharts then.
import { useTheme } from './appContext';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { levelComparison } from '../model/views/levels';
import { levelsOption, levelsSummary } from '../charts/levels';
import { levelBars } from '../charts/levelBars';
import { indicatorName, levelName, type Locale } from '../i18n/messages';
import { BarList } from './barList/BarList';
import { ChartPanel } from './ChartPanel';
import { ValueStatusCells } from './ValueStatusCells';
import type { DownloadSpec } from './download/spec';
import { useRecent } from './useRecent';

export interface LevelProps { model: Model; view: ViewChoice; locale: Locale; onSelectLevel: (level: string, indicator: string) => void }

export function LevelChart({ model, view, locale, onSelectLevel }: LevelProps) {
  const theme = useTheme();
  const { m, lang } = locale;
  // The same view, bars and option for a view asked for again (a drill in and back): nothing to make.
  const { lv, name, bars, option } = useRecent([model, theme, locale], `${view.unit}\u0001${view.indicator}\u0001${view.period}`, () => {
    const levels = levelComparison(model, view.unit, view.indicator, view.period);
    const indicator = indicatorName(model.catalogue.get(levels.indicator), lang, levels.indicator);
    const ctx = { indicatorName: indicator };
    return { lv: levels, name: indicator, bars: levelBars(levels, theme, locale, ctx), option: levelsOption(levels, theme, locale, ctx) };
  });
  const kind = lv.rows.find((r) => r.value)?.value?.kind ?? model.catalogue.get(lv.indicator)?.kind ?? 'rate';
  const download: DownloadSpec | null = lv.rows.length === 0 ? null : {
    stem: 'theo-cap', title: m.levelsTitle(name),
    table: (c) => ({
      header: c.comparisonHeader(m.level, name, model.catalogue.get(lv.indicator)?.unit, locale),
      rows: lv.rows.map((r) => [levelName(r.level, m), ...c.comparisonCells(r.value, r.status, kind, locale)]),
      values: lv.rows.map((r) => r.value),
    }),
    chart: lv.rows.length > 0 ? { option, height: 260 } : undefined,
  };
  return (
    <ChartPanel
      id="levels" title={m.levelsTitle(name)} summary={levelsSummary(lv.rows, locale)} download={download} empty={lv.rows.every((r) => !r.value)}
      table={lv.rows.length > 0 && (
        <table className="data-table">
          <thead><tr><th scope="col">{m.level}</th><th scope="col" className="num">{name}</th><th scope="col" className="num">{m.target}</th><th scope="col" className="num">{m.gap}</th><th scope="col">{m.statusColumn}</th></tr></thead>
          <tbody>
            {lv.rows.map((r) => (
              <tr key={r.level}>
                <th scope="row"><button type="button" className="link" onClick={() => onSelectLevel(r.level, lv.indicator)}>{levelName(r.level, m)}</button></th>
                <ValueStatusCells value={r.value} status={r.status} kind={kind} locale={locale} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      {/* A level is not a place to drill into: its name is text (the table's names select it). */}
      {lv.rows.length > 0 && <BarList spec={bars} name="levels" />}
    </ChartPanel>
  );
}
