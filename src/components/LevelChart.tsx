// Levels side by side against their own targets.
import { useTheme } from './appContext';
import { useMemo } from 'react';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { levelComparison } from '../model/views/levels';
import { levelsOption, levelsSummary } from '../charts/levels';
import { indicatorName, levelName, type Locale } from '../i18n/messages';
import { Chart } from './Chart';
import { ChartPanel } from './ChartPanel';
import { ValueStatusCells } from './ValueStatusCells';
import type { DownloadSpec } from './download/spec';

export function LevelChart({ model, view, locale, onSelectLevel }: { model: Model; view: ViewChoice; locale: Locale; onSelectLevel: (level: string, indicator: string) => void }) {
  const theme = useTheme();
  const { m, lang } = locale;
  const lv = useMemo(() => levelComparison(model, view.unit, view.indicator, view.period), [model, view.unit, view.indicator, view.period]);
  const name = indicatorName(model.catalogue.get(lv.indicator), lang, lv.indicator);
  const option = useMemo(() => levelsOption(lv, theme, locale, { indicatorName: name }), [lv, locale, name, theme]);
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
      {lv.rows.length > 0 && <Chart name="levels" lang={lang} option={option} height={260} />}
    </ChartPanel>
  );
}
