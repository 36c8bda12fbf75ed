// Dossier status and online-service coverage: stacked bars with a table of the same counts. One
// row (a commune, which has no children) is a bar in HTML (StackedBar); the chart of the children
// stays mounted, hidden, with the picture it drew, so the way back up draws it at its own height
// without a resize, and the drill down draws no canvas at all.
import { useTheme } from './appContext';
import { useMemo, useRef } from 'react';
import type { StackedSpec } from '../charts/stacked';
import type { Theme } from '../charts/theme';
import type { ChartOption } from '../charts/option';
import { stackedHeight, stackedLegend, stackedOption, stackedPictureOption, stackedSummary } from '../charts/stacked';
import type { Locale } from '../i18n/messages';
import { stackedBar } from '../charts/stackedBar';
import { Chart } from './Chart';
import { ChartLegend } from './ChartLegend';
import { StackedBar } from './StackedBar';
import { PanelHidden, usePanelHidden } from './panelHidden';
import { ChartPanel } from './ChartPanel';
import { countLabel } from './format';
import { Pager } from './pager/Pager';
import { useRowPage } from './pager/useRowPage';
import type { DownloadSpec } from './download/spec';

// Each spec's options, whole and by page, made once: the panels keep their recent specs
// (StatusPanels, useRecent), so a drill in and back finds the very option the chart drew.
const options = new WeakMap<StackedSpec, { theme: Theme; locale: Locale; byPage: Map<string, ChartOption> }>();

function optionOf(spec: StackedSpec, theme: Theme, locale: Locale, page: { from: number; to: number } | null): ChartOption {
  let made = options.get(spec);
  if (!made || made.theme !== theme || made.locale !== locale) options.set(spec, (made = { theme, locale, byPage: new Map() }));
  const key = page ? `${page.from}-${page.to}` : 'whole';
  let option = made.byPage.get(key);
  if (!option) made.byPage.set(key, (option = stackedOption(spec, theme, locale, page ?? undefined)));
  return option;
}

/** File names of the two stacked panels. */
const STEMS: Record<string, string> = { status: 'tinh-trang-ho-so', online: 'dich-vu-cong-truc-tuyen' };

export function StackedChart({ id, title, spec, empty, basis, locale, note, onSelectUnit }: {
  id: string; title: string; spec: StackedSpec; empty: string; basis: string; locale: Locale; note?: React.ReactNode; onSelectUnit: (unit: string) => void;
}) {
  const theme = useTheme();
  const { m, lang } = locale;
  // A long list (a province's wards) is drawn a page at a time (model/views/rowPage).
  const paging = useRowPage(spec.rows.length, spec);
  const { from, to } = paging.page;
  const whole = to - from === spec.rows.length;
  const option = optionOf(spec, theme, locale, null);
  const shown = whole ? option : optionOf(spec, theme, locale, { from, to });
  const bar = useMemo(() => stackedBar(spec, locale), [spec, locale]);
  // The chart is put in the page once there are rows to chart, and stays (hidden under a bar).
  const charted = useRef(false);
  if (bar === null && spec.rows.length > 0) charted.current = true;
  const panelHidden = usePanelHidden();
  const used = stackedLegend(spec);
  const summary = spec.rows.length === 0 ? empty : `${basis ? `${basis[0].toUpperCase()}${basis.slice(1)}. ` : ''}${stackedSummary(spec, locale)}.`;
  const download: DownloadSpec | null = spec.rows.length === 0 ? null : {
    stem: STEMS[id] ?? id, title,
    table: (c) => ({
      header: [m.unit, ...used.map((s) => c.withUnit(s.name, spec.unitWord))],
      rows: spec.rows.map((r) => [r.name, ...used.map((s) => r.segments[s.id] ?? null)]),
      values: [],
    }),
    chart: spec.rows.length > 0 ? { option, picture: () => stackedPictureOption(spec, theme, locale), height: stackedHeight(spec.rows.length) } : undefined,
  };
  return (
    <ChartPanel
      id={id} title={title} summary={summary} note={note} download={download} empty={spec.rows.length === 0}
      table={spec.rows.length > 0 && (
        <table className="data-table">
          <thead><tr><th scope="col">{m.unit}</th>{used.map((s) => <th key={s.id} scope="col" className="num">{s.name}</th>)}</tr></thead>
          <tbody>
            {spec.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.key.startsWith('level:') ? r.name : <button type="button" className="link" onClick={() => onSelectUnit(r.unit)}>{r.name}</button>}</th>
                {used.map((s) => <td key={s.id} className="num">{r.segments[s.id] !== undefined ? countLabel(r.segments[s.id]!, locale) : '—'}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      {charted.current && (
        <div hidden={bar !== null}>
          <PanelHidden.Provider value={panelHidden || bar !== null}>
            <ChartLegend items={used} />
            <Chart
              name={id} lang={lang} option={shown} height={stackedHeight(to - from)}
              onClick={(p) => { const d = p.data as { unit?: string; drill?: boolean } | null; if (d?.unit && d.drill) onSelectUnit(d.unit); }}
            />
          </PanelHidden.Provider>
        </div>
      )}
      {bar && <StackedBar bar={bar} name={id} />}
      {spec.rows.length > 0 && <Pager paging={paging} ranked={false} />}
    </ChartPanel>
  );
}
