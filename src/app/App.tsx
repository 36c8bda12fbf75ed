// The page: header, filter bar, breadcrumb, KPI cards, the charts, the ranking table and the
// data-quality panel. It wires the store to the loaders and the history; the components render.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { StoreContext, useApp, useAppStore, useLocale, useView } from '../components/appContext';
import type { AppStore } from '../state/store';
import { connectHistory } from '../state/history';
import { loadFiles, loadFromParam, loadPartitionFor, recompute } from './loader';
import { Header } from '../components/Header';
import { FilterBar } from '../components/FilterBar';
import { Breadcrumb } from '../components/Breadcrumb';
import { LoadStatus } from '../components/LoadStatus';
import { DropZone } from '../components/DropZone';
import { KpiCards } from '../components/KpiCards';
import { CompareChart } from '../components/CompareChart';
import { LevelChart } from '../components/LevelChart';
import { TrendChart } from '../components/TrendChart';
import { StackedChart } from '../components/StackedChart';
import { SatisfactionChart } from '../components/SatisfactionChart';
// Below the first screen, with code of their own (TanStack Table; the map's view and option):
// loaded after the first paint, so the initial JS stays small.
const RankingTable = lazy(() => import('../components/RankingTable').then((m) => ({ default: m.RankingTable })));
const MapPanel = lazy(() => import('../components/map/MapPanel').then((m) => ({ default: m.MapPanel })));
import { QualityPanel } from '../components/QualityPanel';
import { kpiCards } from '../model/views/kpis';
import { dossierStatus } from '../model/views/dossierStatus';
import { onlineCoverage } from '../model/views/onlineCoverage';
import { dossierStatusSpec, onlineSpec } from '../charts/stacked';
import { THEME } from '../charts/theme';
import type { ViewChoice } from '../model/views/defaults';

function Overview() {
  const store = useAppStore();
  const locale = useLocale();
  const current = useView();
  const selectUnit = useCallback((unit: string) => store.getState().selectUnit(unit), [store]);
  const change = useCallback((patch: Partial<ViewChoice>) => store.getState().navigate(patch), [store]);
  const selectPeriod = useCallback((period: string) => change({ period }), [change]);
  const model = current?.model;
  const view = current?.view;
  const today = useApp((s) => s.view.today);
  const cards = useMemo(() => (model && view ? kpiCards(model, view.unit, view.period, view.level) : []), [model, view?.unit, view?.period, view?.level]);
  const status = useMemo(() => (model && view ? dossierStatusSpec(dossierStatus(model, view.unit, view.period, view.level), THEME, locale) : null), [model, view?.unit, view?.period, view?.level, locale]);
  const onlineView = useMemo(() => (model && view ? onlineCoverage(model, view.unit, view.period, view.level) : null), [model, view?.unit, view?.period, view?.level]);
  const online = useMemo(() => (onlineView ? onlineSpec(onlineView, THEME, locale) : null), [onlineView, locale]);
  if (!model || !view) return null;
  const { m } = locale;
  const statusBasis = dossierStatus(model, view.unit, view.period, view.level).basis;
  return (
    <>
      <FilterBar model={model} view={view} locale={locale} onUnit={selectUnit} onChange={change} today={today} onToday={(t) => store.getState().setToday(t)} />
      <Breadcrumb model={model} unit={view.unit} locale={locale} onSelect={selectUnit} />
      <main id="main" className="main" tabIndex={-1}>
        <KpiCards cards={cards} model={model} locale={locale} />
        <div className="grid">
          <CompareChart model={model} view={view} locale={locale} onSelectUnit={selectUnit} onSelectPeriod={selectPeriod} />
          <Suspense fallback={null}><MapPanel model={model} view={view} locale={locale} onSelectUnit={selectUnit} /></Suspense>
          <LevelChart model={model} view={view} locale={locale} onSelectLevel={(level, indicator) => change({ level, indicator })} />
          <TrendChart model={model} view={view} locale={locale} onSelectPeriod={selectPeriod} />
          {status && <StackedChart id="status" title={m.statusTitle} spec={status} empty={m.statusEmpty} basis={m.basis[statusBasis]} locale={locale} onSelectUnit={selectUnit} />}
          {online && onlineView && (
            <StackedChart
              id="online" title={m.onlineTitle} spec={online} empty={m.onlineEmpty} basis={m.basis[onlineView.basis]} locale={locale} onSelectUnit={selectUnit}
              note={onlineView.legacyTerms ? <p className="panel__hint">{m.onlineLegacy}</p> : undefined}
            />
          )}
          <SatisfactionChart model={model} view={view} locale={locale} onSelectUnit={selectUnit} />
          <Suspense fallback={<section className="panel panel--wide" id="ranking" aria-busy="true" />}><RankingTable model={model} view={view} locale={locale} onSelectUnit={selectUnit} /></Suspense>
          <QualityPanel model={model} locale={locale} />
        </div>
      </main>
    </>
  );
}

function Shell() {
  const store = useAppStore();
  const locale = useLocale();
  const dataset = useApp((s) => s.dataset);
  const loading = useApp((s) => s.loading);
  const error = useApp((s) => s.error);
  const summary = useApp((s) => s.summary);
  const data = useApp((s) => s.view.data);
  const lang = useApp((s) => s.view.lang);
  const requested = useRef<string | null>(null);

  useEffect(() => connectHistory(store), [store]);
  // Load whenever the `data` of the view changes (first render, a link, Back/Forward).
  useEffect(() => {
    if (requested.current === data) return;
    requested.current = data;
    loadFromParam(store, data);
  }, [store, data]);
  // A partitioned dataset: the part under the unit on screen is loaded when the reader gets there.
  const unit = useApp((s) => s.view.unit);
  useEffect(() => {
    if (dataset && unit) loadPartitionFor(store, unit);
  }, [store, dataset, unit]);
  // Today's units or as published: the worker recomputes the dataset it holds.
  const today = useApp((s) => s.view.today);
  useEffect(() => {
    const d = store.getState().dataset;
    if (d && (d.today !== null) !== today) recompute(store);
  }, [store, today, dataset]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = locale.m.appTitle;
  }, [lang, locale]);

  const onFiles = useCallback((files: File[]) => loadFiles(store, files), [store]);
  return (
    <div className="app">
      <a className="skip" href="#main">{locale.m.skipToContent}</a>
      <Header dataset={dataset} locale={locale} onLang={() => store.getState().setLang(lang === 'vi' ? 'en' : 'vi')} onFiles={onFiles} />
      <LoadStatus
        state={{ loading, error, summary }} locale={locale} hasData={dataset !== null} compactSummary={dataset?.origin === 'bundled'}
        onDismissError={() => store.getState().dismissError()} onDismissSummary={() => store.getState().dismissSummary()}
      />
      {dataset?.origin === 'files' && <p className="note">{locale.m.localFilesNote}</p>}
      {dataset ? <Overview /> : !error && <p className="loading-page">{locale.m.loading}</p>}
      <footer className="footer"><p>{locale.m.footer}</p></footer>
      <DropZone locale={locale} onFiles={onFiles} />
    </div>
  );
}

export function App({ store }: { store: AppStore }) {
  return (
    <StoreContext.Provider value={store}>
      <Shell />
    </StoreContext.Provider>
  );
}
