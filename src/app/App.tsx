// The page: header, filter bar, breadcrumb, KPI cards, the charts, the ranking table and the
// data-quality panel. It wires the store to the loaders and the history; the components render.
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { StoreContext, useApp, useAppStore, useLocale, useView } from '../components/appContext';
import type { AppStore } from '../state/store';
import { loadMessages } from '../i18n/messages';
import { loadFiles } from './loader';
import { useDataset } from './useDataset';
import { Header } from '../components/Header';
import { FilterBar } from '../components/FilterBar';
import { Breadcrumb } from '../components/Breadcrumb';
import { LoadStatus } from '../components/LoadStatus';
import { DropZone } from '../components/DropZone';
import { KpiCards } from '../components/KpiCards';
import { CompareChart } from '../components/CompareChart';
// Below the comparison, with code of their own (TanStack Table, the map's view and option, the
// other panels): loaded after the first paint, so the initial JS stays small.
const RankingTable = lazy(() => import('../components/RankingTable').then((m) => ({ default: m.RankingTable })));
const MapPanel = lazy(() => import('../components/map/MapPanel').then((m) => ({ default: m.MapPanel })));
const LevelChart = lazy(() => import('../components/LevelChart').then((m) => ({ default: m.LevelChart })));
const TrendChart = lazy(() => import('../components/TrendChart').then((m) => ({ default: m.TrendChart })));
const SatisfactionChart = lazy(() => import('../components/SatisfactionChart').then((m) => ({ default: m.SatisfactionChart })));
const DossierStatusPanel = lazy(() => import('../components/StatusPanels').then((m) => ({ default: m.DossierStatusPanel })));
const OnlinePanel = lazy(() => import('../components/StatusPanels').then((m) => ({ default: m.OnlinePanel })));
const TargetTracker = lazy(() => import('../components/targets/TargetTracker').then((m) => ({ default: m.TargetTracker })));
import { usePlanEdits } from '../components/targets/usePlanEdits';
// The data-quality panel, at the foot of the page, with every problem title in both languages.
const QualityPanel = lazy(() => import('../components/QualityPanel').then((m) => ({ default: m.QualityPanel })));
const ServiceIndexPanel = lazy(() => import('../components/serviceIndex/ServiceIndexPanel').then((m) => ({ default: m.ServiceIndexPanel })));
import { kpiView } from '../model/views/kpis';
import type { ViewChoice } from '../model/views/defaults';

function Overview() {
  const store = useAppStore();
  const locale = useLocale();
  const current = useView();
  const selectUnit = useCallback((unit: string) => store.getState().selectUnit(unit), [store]);
  const change = useCallback((patch: Partial<ViewChoice>) => store.getState().navigate(patch), [store]);
  const selectPeriod = useCallback((period: string) => change({ period }), [change]);
  // The dataset's targets with the reader's own edits: every view below follows the edited plan.
  const dataset = useApp((s) => s.dataset);
  const { model, plan } = usePlanEdits(current?.model ?? null, dataset);
  const view = current?.view;
  const today = useApp((s) => s.view.today);
  const kpis = useMemo(() => (model && view ? kpiView(model, view.unit, view.period, view.level) : { cards: [], withoutFigures: [] }), [model, view?.unit, view?.period, view?.level]);
  if (!model || !view) return null;
  return (
    <>
      <FilterBar model={model} view={view} locale={locale} onUnit={selectUnit} onChange={change} today={today} onToday={(t) => store.getState().setToday(t)} />
      <Breadcrumb model={model} unit={view.unit} locale={locale} onSelect={selectUnit} />
      <main id="main" className="main" tabIndex={-1}>
        <KpiCards cards={kpis.cards} withoutFigures={kpis.withoutFigures} model={model} locale={locale} />
        <div className="grid">
          <CompareChart model={model} view={view} locale={locale} onSelectUnit={selectUnit} onSelectPeriod={selectPeriod} />
          <Suspense fallback={null}>
            <MapPanel model={model} view={view} locale={locale} onSelectUnit={selectUnit} />
            <LevelChart model={model} view={view} locale={locale} onSelectLevel={(level, indicator) => change({ level, indicator })} />
            <TrendChart model={model} view={view} locale={locale} onSelectPeriod={selectPeriod} />
            <DossierStatusPanel model={model} view={view} locale={locale} onSelectUnit={selectUnit} />
            <OnlinePanel model={model} view={view} locale={locale} onSelectUnit={selectUnit} />
            <SatisfactionChart model={model} view={view} locale={locale} onSelectUnit={selectUnit} />
            <ServiceIndexPanel model={model} view={view} locale={locale} onSelectUnit={selectUnit} />
          </Suspense>
          <Suspense fallback={<section className="panel panel--wide" id="ranking" aria-busy="true" />}><RankingTable model={model} view={view} locale={locale} onSelectUnit={selectUnit} /></Suspense>
          <Suspense fallback={<section className="panel panel--wide" id="plan" aria-busy="true" />}><TargetTracker model={model} view={view} locale={locale} plan={plan} /></Suspense>
          <Suspense fallback={<section className="panel panel--wide" id="quality" aria-busy="true" />}><QualityPanel model={model} locale={locale} /></Suspense>
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
  const lang = useApp((s) => s.view.lang);
  useDataset();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = locale.m.appTitle;
  }, [lang, locale]);

  const onFiles = useCallback((files: File[]) => loadFiles(store, files), [store]);
  return (
    <div className="app">
      <a className="skip" href="#main">{locale.m.skipToContent}</a>
      <Header dataset={dataset} locale={locale} onLang={() => { const next = lang === 'vi' ? 'en' : 'vi'; void loadMessages(next).then(() => store.getState().setLang(next)); }} onFiles={onFiles} />
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
