// The chosen indicator over periods of the same kind, with its target.
import { useTheme } from './appContext';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { trend } from '../model/views/trend';
import { trendOption, trendSummary } from '../charts/trend';
import { indicatorName, type Locale } from '../i18n/messages';
import { formatPeriod } from '../i18n/format';
import { Chart } from './Chart';
import { ChartPanel } from './ChartPanel';
import { StatusBadge } from './StatusBadge';
import { targetLabel, valueLabel } from './format';
import type { DownloadSpec } from './download/spec';
import { useRecent } from './useRecent';

export function TrendChart({ model, view, locale, onSelectPeriod }: { model: Model; view: ViewChoice; locale: Locale; onSelectPeriod: (period: string) => void }) {
  const theme = useTheme();
  const { m, lang } = locale;
  const name = indicatorName(model.catalogue.get(view.indicator), lang, view.indicator);
  // The same view and option for a view asked for again (a drill in and back): nothing to draw.
  const { tv, option } = useRecent([model, theme, locale], `${view.unit}\u0001${view.indicator}\u0001${view.period}\u0001${view.level}`, () => {
    const points = trend(model, view.unit, view.indicator, view.period, view.level);
    return { tv: points, option: trendOption(points, theme, locale, { indicatorName: name }) };
  });
  const kind = tv.points[0]?.value.kind ?? 'rate';
  const download: DownloadSpec | null = tv.points.length === 0 ? null : {
    stem: 'dien-bien', title: m.trendTitle(name),
    table: (c) => ({
      header: [m.period, c.withUnit(name, model.catalogue.get(view.indicator)?.unit), m.target, m.statusColumn],
      rows: tv.points.map((p) => [formatPeriod(p.period, lang), c.valueCell(p.value, locale), c.targetCell(p.status.target, kind, locale), c.statusCell(p.status, locale)]),
      values: tv.points.map((p) => p.value),
    }),
    chart: tv.points.length > 0 ? { option, height: 240 } : undefined,
  };
  return (
    <ChartPanel
      id="trend" title={m.trendTitle(name)} summary={trendSummary(tv.points, locale)} download={download} empty={tv.points.length === 0}
      table={tv.points.length > 0 && (
        <table className="data-table">
          <thead><tr><th scope="col">{m.period}</th><th scope="col" className="num">{name}</th><th scope="col" className="num">{m.target}</th><th scope="col">{m.statusColumn}</th></tr></thead>
          <tbody>
            {tv.points.map((p) => (
              <tr key={p.period.key} aria-current={p.current ? 'true' : undefined}>
                <th scope="row"><button type="button" className="link" onClick={() => onSelectPeriod(p.period.key)}>{formatPeriod(p.period, lang)}</button></th>
                <td className="num">{valueLabel(p.value, locale)}</td>
                <td className="num">{p.status.target ? targetLabel(p.status.target, kind, locale) : '—'}</td>
                <td><StatusBadge status={p.status.status} compact /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      {tv.points.length > 0 && <Chart name="trend" lang={lang} option={option} height={240} />}
    </ChartPanel>
  );
}
