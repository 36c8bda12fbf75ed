// The map of the unit's children: coloured by value or by status, a click drills in, and the
// same regions as a table for keyboard and screen-reader users. Shown where a map draws the
// children (the national view, or a dataset that brings its own map).
import { useTheme } from '../appContext';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { Model } from '../../model/model';
import type { ViewChoice } from '../../model/views/defaults';
import { mapView } from '../../model/views/map';
import { mapLegend, mapOption, mapSummary, type MapColouring } from '../../charts/map';
import { indicatorName, type Locale } from '../../i18n/messages';
import { ChartPanel } from '../ChartPanel';
import { ValueStatusCells } from '../ValueStatusCells';
import type { DownloadSpec } from '../download/spec';

const MapEChart = lazy(() => import('./MapEChart').then((m) => ({ default: m.MapEChart })));

/** The tallest the map grows; it keeps Vietnam's proportions below that. */
const HEIGHT = 620;

export function MapPanel({ model, view, locale, onSelectUnit, showEmpty = false }: { model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void; showEmpty?: boolean }) {
  const theme = useTheme();
  const { m, lang } = locale;
  const mv = useMemo(() => mapView(model, view.unit, view.indicator, view.period, view.level), [model, view.unit, view.indicator, view.period, view.level]);
  const [choice, setChoice] = useState<MapColouring>('status');
  const colouring: MapColouring = mv.hasTargets ? choice : 'value';
  const name = indicatorName(model.catalogue.get(view.indicator), lang, view.indicator);
  const option = useMemo(() => mapOption(mv, colouring, theme, locale, { indicatorName: name }), [mv, colouring, locale, name, theme]);
  // No map draws these units (districts, communes): nothing in the overview; a sentence where the
  // map was asked for on its own (an embed).
  if (!mv.layer) return showEmpty ? <ChartPanel id="map" title={m.mapTitle(name)} summary={m.mapNone} empty /> : null;
  const legend = mapLegend(mv, colouring, locale);
  const kind = mv.regions.find((r) => r.value)?.value?.kind ?? model.catalogue.get(view.indicator)?.kind ?? 'rate';
  const rows = [...mv.regions].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'vi'));
  const layerName = mv.layer.kind === 'provinces' ? m.mapEra[mv.layer.era] : m.mapEra.dataset;
  const download: DownloadSpec | null = rows.length === 0 ? null : {
    stem: 'ban-do', title: m.mapTitle(name),
    table: (c) => ({
      header: [m.rank, ...c.comparisonHeader(m.unit, name, model.catalogue.get(view.indicator)?.unit, locale)],
      rows: rows.map((r) => [r.rank, r.name, ...c.comparisonCells(r.value, r.status, kind, locale)]),
      values: rows.map((r) => r.value),
    }),
    // The geometry is registered (and the map series loaded) before the picture is drawn.
    chart: { option, height: 900, prepare: () => import('./loadGeometry').then((g) => g.ensureGeometry(mv, model.raw)) },
  };
  return (
    <ChartPanel
      id="map" title={m.mapTitle(name)} summary={`${mapSummary(mv, locale)} (${layerName})`} download={download} empty={mv.regions.every((r) => !r.value)}
      note={
        <>
          {mv.hasTargets && (
            <fieldset className="map__colouring">
              <legend>{m.mapColorBy}</legend>
              {(['status', 'value'] as const).map((c) => (
                <label key={c}><input type="radio" name="map-colouring" value={c} checked={colouring === c} onChange={() => setChoice(c)} /> {c === 'status' ? m.mapByStatus : m.mapByValue}</label>
              ))}
            </fieldset>
          )}
          {legend.length > 0 && (
            <ul className="map__legend">
              {legend.map((l) => <li key={l.key}><span className={`map__swatch map__swatch--${l.key}`} aria-hidden="true" />{l.label}</li>)}
            </ul>
          )}
          <p className="panel__hint">{m.mapHint}</p>
          {mv.unmapped.length > 0 && <p className="panel__hint">{m.mapNoShape(mv.unmapped.length)}: {mv.unmapped.map((r) => r.name).join(', ')}</p>}
        </>
      }
      table={(
        <table className="data-table">
          <caption className="sr-only">{m.mapTitle(name)}</caption>
          <thead><tr><th scope="col">{m.rank}</th><th scope="col">{m.unit}</th><th scope="col" className="num">{name}</th><th scope="col" className="num">{m.target}</th><th scope="col">{m.gap}</th><th scope="col">{m.statusColumn}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unit}>
                <td className="num">{r.rank ?? '—'}</td>
                <th scope="row"><button type="button" className="link" onClick={() => onSelectUnit(r.unit)}>{r.name}</button></th>
                <ValueStatusCells value={r.value} status={r.status} kind={kind} locale={locale} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <Suspense fallback={<div className="chart chart--loading" style={{ width: '100%', aspectRatio: '1 / 1.1', maxHeight: HEIGHT }} aria-hidden="true" />}>
        <MapEChart option={option} view={mv} raw={model.raw} height={HEIGHT} lang={lang} locale={locale} onSelectUnit={onSelectUnit} />
      </Suspense>
    </ChartPanel>
  );
}
