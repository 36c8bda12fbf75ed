// The comparison's panel: the unit's children on the chosen indicator, its summary, notes, table
// and downloads, around a drawing of the view (the app's canvas chart, CompareChart; an embed's
// HTML bars, embed/CompareBars). A click on a bar (or a name in the table) drills in.
import type { ReactNode } from 'react';
import { useTheme } from './appContext';
import { useRecent } from './useRecent';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { childComparison, type ComparisonView } from '../model/views/compare';
import { LevelChoices, useChildrenLoading } from './childrenElsewhere';
import { compareHeight, compareOption, compareSummary } from '../charts/compare';
import { indicatorName, levelName, type Locale } from '../i18n/messages';
import { formatPeriod } from '../i18n/format';
import { periodOf } from '../model/views/value';
import { ChartPanel } from './ChartPanel';
import { ValueStatusCells } from './ValueStatusCells';
import type { DownloadSpec } from './download/spec';
import type { ChartOption } from '../charts/option';

/** What a drawing of the comparison gets: the view, and the whole list's canvas option (what the downloads draw). */
export interface CompareDrawing {
  cv: ComparisonView;
  option: ChartOption;
  indicatorName: string;
}

export interface CompareProps {
  model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void; onSelectPeriod: (period: string) => void;
  /** Where the children have no figure at the view's level but do at another: a choice of it. */
  onSelectLevel?: (level: string, indicator: string) => void;
}

export function ComparePanel({ model, view, locale, onSelectUnit, onSelectPeriod, onSelectLevel, draw }: CompareProps & { draw: (d: CompareDrawing) => ReactNode }) {
  const theme = useTheme();
  const { m, lang } = locale;
  const name = indicatorName(model.catalogue.get(view.indicator), lang, view.indicator);
  // The same view and option objects for a view asked for again (a drill in and back): the chart
  // then has nothing to draw.
  const { cv, option } = useRecent([model, locale, theme], `${view.unit}\u0001${view.indicator}\u0001${view.period}\u0001${view.level}`, () => {
    const comparison = childComparison(model, view.unit, view.indicator, view.period, view.level);
    return { cv: comparison, option: compareOption(comparison, theme, locale, { indicatorName: name }) };
  });
  const hasChildren = model.tree.children(view.unit).length > 0;
  const kind = cv.rows[0]?.value?.kind ?? model.catalogue.get(view.indicator)?.kind ?? 'rate';
  // An empty comparison whose children have figures at another level says it is the level.
  const otherLevels = cv.rows.length === 0 && onSelectLevel ? cv.otherLevels : [];
  const loading = useChildrenLoading(model, view.unit, cv.rows.length === 0);
  const summary = loading ? m.childrenLoading : !hasChildren ? m.compareNoChildren : otherLevels.length > 0 ? m.compareEmptyAtLevel(levelName(view.level, m)) : compareSummary(cv.rows, locale);
  const rows = [...cv.rows, ...cv.missing];
  const height = compareHeight(cv.rows.length, !!cv.target);
  const download: DownloadSpec | null = rows.length === 0 ? null : {
    stem: 'so-sanh', title: m.compareTitle(name),
    table: (c) => ({
      header: c.comparisonHeader(m.unit, name, model.catalogue.get(view.indicator)?.unit, locale),
      rows: rows.map((r) => [r.name, ...c.comparisonCells(r.value, r.status, kind, locale)]),
      values: rows.map((r) => r.value),
    }),
    chart: cv.rows.length > 0 ? { option, height } : undefined,
  };
  return (
    <ChartPanel
      id="compare" wide title={m.compareTitle(name)} summary={summary} download={download} empty={cv.rows.length === 0 && cv.oldUnits.length === 0}
      note={
        <>
          {cv.rows.length > 0 && <p className="panel__hint">{m.compareHint}</p>}
          {onSelectLevel && otherLevels.length > 0 && <LevelChoices levels={otherLevels} indicator={view.indicator} locale={locale} onSelectLevel={onSelectLevel} />}
          {cv.rows.length === 0 && cv.otherPeriods.length > 0 && (
            <p className="panel__hint">
              {m.otherPeriods}{' '}
              {cv.otherPeriods.slice(0, 6).map((k) => {
                const p = periodOf(model, k);
                return <button key={k} type="button" className="chip" onClick={() => onSelectPeriod(k)}>{p ? formatPeriod(p, lang) : k}</button>;
              })}
            </p>
          )}
          {cv.rows.length > 0 && cv.missing.length > 0 && <p className="panel__hint">{m.missingUnits(cv.missing.length)}</p>}
          {cv.oldUnits.length > 0 && (
            <table className="data-table old-units">
              <caption>{m.oldUnitsTitle(model.unitName(view.unit, lang))}</caption>
              <thead><tr><th scope="col">{m.oldUnit}</th><th scope="col" className="num">{name}</th><th scope="col" className="num">{m.target}</th><th scope="col">{m.gap}</th><th scope="col">{m.statusColumn}</th></tr></thead>
              <tbody>
                {cv.oldUnits.map((r) => (
                  <tr key={r.unit}>
                    <th scope="row"><button type="button" className="link" onClick={() => onSelectUnit(r.unit)}>{r.name}</button> <span className="muted">{m.mergedInto(r.intoName)}</span></th>
                    <ValueStatusCells value={r.value} status={r.status} kind={kind} locale={locale} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      }
      table={rows.length > 0 && (
        <table className="data-table">
          <thead><tr><th scope="col">{m.unit}</th><th scope="col" className="num">{name}</th><th scope="col" className="num">{m.target}</th><th scope="col">{m.gap}</th><th scope="col">{m.statusColumn}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unit}>
                <th scope="row"><button type="button" className="link" onClick={() => onSelectUnit(r.unit)}>{r.name}</button></th>
                <ValueStatusCells value={r.value} status={r.status} kind={kind} locale={locale} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      {/* Drawn while empty too (ChartPanel hides it): a drill back does not re-create the chart. */}
      {draw({ cv, option, indicatorName: name })}
    </ChartPanel>
  );
}
