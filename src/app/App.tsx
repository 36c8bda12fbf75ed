// The page: header, filter bar, breadcrumb, KPI cards, the charts, the ranking table and the
// data-quality panel. It wires the store to the loaders and the history; the components render.
import { Suspense, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { StoreContext, useApp, useAppStore, useLocale, useView } from '../components/appContext';
import type { AppStore } from '../state/store';
import { loadMessages } from '../i18n/messages';
import { loadFiles, recompute } from './loader';
import { useDataset } from './useDataset';
import { revealViewTop } from './revealView';
import { Header } from '../components/Header';
import { FilterBar } from '../components/FilterBar';
import { Breadcrumb } from '../components/Breadcrumb';
import { LoadStatus } from '../components/LoadStatus';
import { DropZone } from '../components/DropZone';
import { KpiCards } from '../components/KpiCards';
import { CompareChart } from '../components/CompareChart';
import { prefetchCharts } from '../components/Chart';
import { panelCode, prefetchOverview } from './panels';
import { ModuleStore, moduleComponent, useModule } from '../components/moduleStore';
// Below the comparison, with code of their own (./panels): loaded after the first paint, each drawn
// once its code has come (nothing, or its busy frame, until then).
const busy = (id: string) => <section className="panel panel--wide" id={id} aria-busy="true" />;
const RankingTable = moduleComponent(panelCode.ranking, (m) => m.RankingTable, busy('ranking'));
const MapPanel = moduleComponent(panelCode.map, (m) => m.MapPanel);
const LevelChart = moduleComponent(panelCode.levels, (c) => c);
const TrendChart = moduleComponent(panelCode.trend, (m) => m.TrendChart);
const SatisfactionChart = moduleComponent(panelCode.satisfaction, (c) => c);
const DossierStatusPanel = moduleComponent(panelCode.status, (m) => m.DossierStatusPanel);
const OnlinePanel = moduleComponent(panelCode.status, (m) => m.OnlinePanel);
const TargetTracker = moduleComponent(panelCode.plan, (m) => m.TargetTracker, busy('plan'));
// The second pass's panels come in together, once all their code is here (as one Suspense boundary
// brought them): drawn one by one, each moved those below it, and a chart could draw while it stood
// near the screen for a moment, though the reader never saw it there.
const laterCode = new ModuleStore(() => Promise.all([panelCode.map, panelCode.levels, panelCode.trend, panelCode.status, panelCode.satisfaction, panelCode.serviceIndex].map((c) => c.load())));
import { usePlanEdits } from '../components/targets/usePlanEdits';
import { useAfterFirstPaint } from '../components/useAfterFirstPaint';
import { nearScreenMoved, recheckNearScreen, usePrinting } from '../components/useNearScreen';
import { LaterOffScreen } from '../components/LaterOffScreen';
// The data-quality panel, at the foot of the page, with every problem title in both languages.
const QualityPanel = moduleComponent(panelCode.quality, (c) => c, busy('quality'));
const ServiceIndexPanel = moduleComponent(panelCode.serviceIndex, (c) => c);
import { kpiView } from '../model/views/kpis';
import { unreadUnitName } from '../model/views/pickers';
import type { ViewChoice } from '../model/views/defaults';

// A wide first screen holds the comparison's chart beside the cards: ECharts is fetched at once.
prefetchCharts();

function Overview() {
  const store = useAppStore();
  const locale = useLocale();
  const current = useView();
  // A unit chosen on the page opens at the top of its view, its name focused (./revealView); one
  // chosen in the filter bar's picker is already at the top, and the picker keeps the focus.
  const pickUnit = useCallback((unit: string) => store.getState().selectUnit(unit), [store]);
  const [revealed, setRevealed] = useState(0);
  const selectUnit = useCallback((unit: string) => {
    nearScreenMoved();
    store.getState().selectUnit(unit);
    revealViewTop();
    setRevealed((n) => n + 1);
  }, [store]);
  const currentName = useRef<HTMLSpanElement>(null);
  // Once the view is in the page, at its top: the charts now on screen draw in this same frame, and
  // the unit's name takes the focus (the button clicked is gone with the view it was in).
  useLayoutEffect(() => {
    if (revealed === 0) return;
    recheckNearScreen();
    currentName.current?.focus({ preventScroll: true });
  }, [revealed]);
  const change = useCallback((patch: Partial<ViewChoice>) => store.getState().navigate(patch), [store]);
  const selectPeriod = useCallback((period: string) => change({ period }), [change]);
  // The dataset's targets with the reader's own edits: every view below follows the edited plan.
  const dataset = useApp((s) => s.dataset);
  const { model, plan } = usePlanEdits(current?.model ?? null, dataset);
  const view = current?.view;
  const today = useApp((s) => s.view.today);
  const kpis = useMemo(() => (model && view ? kpiView(model, view.unit, view.period, view.level) : { cards: [], withoutFigures: [] }), [model, view?.unit, view?.period, view?.level]);
  const selectLevel = useCallback((level: string, indicator: string) => change({ level, indicator }), [change]);
  // On opening, the cards and the comparison come first; the panels below come in a second pass
  // once that first screen is painted (a deferred value, rendered in slices that yield to the
  // browser), so their code and work do not hold the first screen back nor block a phone's thread.
  // From then on the charts follow the view at once.
  // The ranking, the plan and the data-quality panel, at the page's foot, always follow a pass
  // later (`far`, busy meanwhile): a unit opens at the top of its view (./revealView) and a filter
  // sits at the top, so they are off screen when the view changes, and the frame that shows the
  // new view does not wait for their tables (a way up rebuilt the parent's ranking and plan in the
  // same frame as its charts). Printing puts every panel in at once (their code is loaded by then,
  // unless printed at first sight).
  const painted = useAfterFirstPaint();
  const printing = usePrinting();
  const shown = useMemo(() => (model && view ? { model, view, plan } : null), [model, view, plan]);
  const [caughtUp, setCaughtUp] = useState(false);
  const deferred = useDeferredValue(painted && !caughtUp ? shown : null, null);
  useEffect(() => { if (deferred !== null && deferred === shown) setCaughtUp(true); }, [deferred, shown]);
  const later = printing || caughtUp ? shown : deferred;
  const deferredFar = useDeferredValue(later);
  const far = printing ? later : deferredFar;
  const laterLoaded = useModule(laterCode) !== null;
  // Each of these panels follows the view at once while on the screen, and a pass later while off
  // it (LaterOffScreen): at a province's top, they are two screens under the fold.
  const laterView = useMemo(() => later && { model: later.model, view: later.view }, [later?.model, later?.view]);
  const withUnit = useMemo(() => ({ locale, onSelectUnit: selectUnit }), [locale, selectUnit]);
  const withLevel = useMemo(() => ({ locale, onSelectLevel: selectLevel }), [locale, selectLevel]);
  const withPeriod = useMemo(() => ({ locale, onSelectPeriod: selectPeriod }), [locale, selectPeriod]);
  // Back and Forward: the browser puts the reader back where they were, which every panel's height says.
  const restored = useApp((s) => s.restored === true);
  // The comparison too follows a filter change a pass later while off the screen: on a phone (and
  // under a province's many cards) it sits below the fold, and a filter change at a province's top
  // computed its units' figures in the change's task. A new unit it takes at once: it heads the
  // panels, and its height places each of them at the new unit's top (recheckNearScreen measures
  // them in the same commit; a drill from the ranking measured them below the province's tall
  // comparison, and the panels the commune's view puts on the screen waited a pass).
  const compareView = useMemo(() => model && view && { model, view }, [model, view]);
  const compareUnit = useRef<string | null>(null);
  const newUnit = view !== undefined && compareUnit.current !== view.unit;
  useEffect(() => { compareUnit.current = view?.unit ?? null; });
  const withCompare = useMemo(() => ({ locale, onSelectUnit: selectUnit, onSelectPeriod: selectPeriod, onSelectLevel: selectLevel }), [locale, selectUnit, selectPeriod, selectLevel]);
  const panels = useMemo(() => laterView && laterLoaded && (
    <>
      <Suspense fallback={null}>
        <LaterOffScreen panel={MapPanel} view={laterView} props={withUnit} atOnce={restored} />
        <LaterOffScreen panel={LevelChart} view={laterView} props={withLevel} atOnce={restored} />
        <LaterOffScreen panel={TrendChart} view={laterView} props={withPeriod} atOnce={restored} />
        <LaterOffScreen panel={DossierStatusPanel} view={laterView} props={withUnit} atOnce={restored} />
        <LaterOffScreen panel={OnlinePanel} view={laterView} props={withUnit} atOnce={restored} />
        <LaterOffScreen panel={SatisfactionChart} view={laterView} props={withUnit} atOnce={restored} />
        <LaterOffScreen panel={ServiceIndexPanel} view={laterView} props={withUnit} atOnce={restored} />
      </Suspense>
    </>
  ), [laterView, laterLoaded, withUnit, withLevel, withPeriod, restored]);
  const farPanels = useMemo(() => far && (
    <>
      <Suspense fallback={busy('ranking')}><RankingTable model={far.model} view={far.view} locale={locale} onSelectUnit={selectUnit} onSelectLevel={selectLevel} /></Suspense>
      <Suspense fallback={busy('plan')}><TargetTracker model={far.model} view={far.view} locale={locale} plan={far.plan} /></Suspense>
      <Suspense fallback={busy('quality')}><QualityPanel model={far.model} locale={locale} /></Suspense>
    </>
  ), [far, locale, selectUnit, selectLevel]);
  if (!model || !view) return null;
  return (
    <>
      <FilterBar model={model} view={view} locale={locale} onUnit={pickUnit} onChange={change} today={today} onToday={(t) => store.getState().setToday(t)} />
      <Breadcrumb model={model} unit={view.unit} locale={locale} onSelect={selectUnit} currentRef={currentName} />
      <main id="main" className="main" tabIndex={-1}>
        <KpiCards cards={kpis.cards} withoutFigures={kpis.withoutFigures} model={model} locale={locale} />
        <div className="grid">
          {compareView && <LaterOffScreen panel={CompareChart} view={compareView} props={withCompare} atOnce={restored || newUnit} />}
          {/* Until its first pass the rest holds a screen's height, so the footer does not jump. */}
          <div className={panels ? 'grid__later' : 'grid__later grid__later--first'} aria-busy={(shown !== null && later !== shown) || undefined}>
            {panels}
            <div className="grid__later" aria-busy={(shown !== null && far !== shown) || undefined}>{farPanels}</div>
          </div>
        </div>
      </main>
    </>
  );
}

function Shell() {
  const store = useAppStore();
  const locale = useLocale();
  // A dataset that arrives is shown in a deferred pass, which React builds in slices that yield to
  // the browser: a phone stays responsive while the page is built (no long task).
  // The loading state goes with it, so what the page shows changes in one step.
  const { dataset, loading, error, summary } = useDeferredValue(useApp(useShallow((s) => ({ dataset: s.dataset, loading: s.loading, error: s.error, summary: s.summary }))));
  const lang = useApp((s) => s.view.lang);
  const requested = useApp((s) => s.view.data);
  // A unit chosen before its part was read: the progress names it while the part comes.
  const viewUnit = useApp((s) => s.view.unit);
  const opening = useMemo(() => (dataset && viewUnit ? unreadUnitName(dataset.model, viewUnit, lang) : null), [dataset, viewUnit, lang]);
  useDataset();
  // The files are in and the worker reads them, which takes a while: the overview's code comes meanwhile.
  const phase = useApp((s) => s.loading?.phase);
  useEffect(() => { if (phase === 'parse' || phase === 'build') prefetchOverview(); }, [phase]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = locale.m.appTitle;
  }, [lang, locale]);

  const onFiles = useCallback((files: File[]) => loadFiles(store, files), [store]);
  return (
    <div className="app">
      <a className="skip" href="#main">{locale.m.skipToContent}</a>
      <Header dataset={dataset} requested={requested} locale={locale} onLang={() => { const next = lang === 'vi' ? 'en' : 'vi'; void loadMessages(next).then(() => store.getState().setLang(next)); }} onFiles={onFiles} />
      <LoadStatus
        state={{ loading, error, summary }} locale={locale} hasData={dataset !== null} compactSummary={dataset?.origin === 'bundled'} opening={loading ? opening : null}
        onDismissError={() => store.getState().dismissError()} onDismissSummary={() => store.getState().dismissSummary()}
        onReread={() => recompute(store, true)}
        onForget={() => import('./reopen').then((r) => r.forgetKept(), () => false)}
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
