// Satisfaction of the unit and its children against the plan target.
import { useTheme } from './appContext';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { satisfaction } from '../model/views/satisfaction';
import { satisfactionOption, satisfactionSummary } from '../charts/satisfaction';
import { indicatorName, type Locale } from '../i18n/messages';
import { Chart } from './Chart';
import { ChartPanel } from './ChartPanel';
import { StatusBadge } from './StatusBadge';
import { targetLabel, valueLabel } from './format';
import type { DownloadSpec } from './download/spec';
import { useRecent } from './useRecent';

export function SatisfactionChart({ model, view, locale, onSelectUnit }: { model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void }) {
  const theme = useTheme();
  const { m, lang } = locale;
  // The same view and option for a view asked for again (a drill in and back): nothing to draw.
  const { sv, name, option } = useRecent([model, theme, locale], `${view.unit}\u0001${view.period}\u0001${view.level}`, () => {
    const seen = satisfaction(model, view.unit, view.period, view.level);
    const indicator = indicatorName(model.catalogue.get(seen.indicator), lang, seen.indicator);
    return { sv: seen, name: indicator, option: satisfactionOption(seen, theme, locale, { indicatorName: indicator }) };
  });
  const targetText = sv.target ? ` ${m.target} ${targetLabel(sv.target, 'rate', locale)} (${sv.target.plan}).` : '';
  const height = Math.max(120, sv.rows.length * 36 + 56);
  const download: DownloadSpec | null = sv.rows.length === 0 ? null : {
    stem: 'muc-do-hai-long', title: m.satisfactionTitle,
    table: (c) => ({
      header: [m.unit, c.withUnit(name, model.catalogue.get(sv.indicator)?.unit), m.statusColumn],
      rows: sv.rows.map((r) => [r.name, c.valueCell(r.value, locale), c.statusCell(r.status, locale)]),
      values: sv.rows.map((r) => r.value),
    }),
    chart: sv.rows.length > 0 ? { option, height } : undefined,
  };
  return (
    <ChartPanel
      id="satisfaction" title={m.satisfactionTitle} summary={`${satisfactionSummary(sv, locale)}${targetText}`} download={download} empty={sv.rows.length === 0}
      table={sv.rows.length > 0 && (
        <table className="data-table">
          <thead><tr><th scope="col">{m.unit}</th><th scope="col" className="num">{name}</th><th scope="col">{m.statusColumn}</th></tr></thead>
          <tbody>
            {sv.rows.map((r) => (
              <tr key={r.unit}>
                <th scope="row">{r.unit === view.unit ? r.name : <button type="button" className="link" onClick={() => onSelectUnit(r.unit)}>{r.name}</button>}</th>
                <td className="num">{valueLabel(r.value, locale)}</td>
                <td><StatusBadge status={r.status.status} compact /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      {sv.rows.length > 0 && (
        <Chart
          name="satisfaction" lang={lang} option={option} height={height}
          onClick={(p) => { const unit = (p.data as { unit?: string } | null)?.unit; if (unit && unit !== view.unit) onSelectUnit(unit); }}
        />
      )}
    </ChartPanel>
  );
}
