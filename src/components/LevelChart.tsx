// Levels side by side against their own targets.
import { useMemo } from 'react';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { levelComparison } from '../model/views/levels';
import { levelsOption, levelsSummary } from '../charts/levels';
import { THEME } from '../charts/theme';
import { indicatorName, levelName, type Locale } from '../i18n/messages';
import { Chart } from './Chart';
import { ChartPanel } from './ChartPanel';
import { ValueStatusCells } from './ValueStatusCells';

export function LevelChart({ model, view, locale, onSelectLevel }: { model: Model; view: ViewChoice; locale: Locale; onSelectLevel: (level: string, indicator: string) => void }) {
  const { m, lang } = locale;
  const lv = useMemo(() => levelComparison(model, view.unit, view.indicator, view.period), [model, view.unit, view.indicator, view.period]);
  const name = indicatorName(model.catalogue.get(lv.indicator), lang, lv.indicator);
  const option = useMemo(() => levelsOption(lv, THEME, locale, { indicatorName: name }), [lv, locale, name]);
  const kind = lv.rows.find((r) => r.value)?.value?.kind ?? model.catalogue.get(lv.indicator)?.kind ?? 'rate';
  return (
    <ChartPanel
      id="levels" title={m.levelsTitle(name)} summary={levelsSummary(lv.rows, locale)}
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
