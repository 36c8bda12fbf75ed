// One widget alone, for an iframe in a portal page: the unit and period it is about, the widget,
// where its figures come from and up to when, and a link to the full view (in a new tab).
import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import type { Model } from '../../model/model';
import type { ViewChoice } from '../../model/views/defaults';
import { embedContext } from '../../model/views/embed';
import { kpiCards } from '../../model/views/kpis';
import { fullViewUrl, type Widget } from '../../state/embed';
import { formatDate, formatPeriod } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import { useAppStore } from '../appContext';

// Each widget's code loads only when that widget is embedded.
const KpiCards = lazy(() => import('../KpiCards').then((m) => ({ default: m.KpiCards })));
// The comparison's bars are HTML here, as the levels' are everywhere: an embed loads no ECharts for them.
const CompareBars = lazy(() => import('./CompareBars').then((m) => ({ default: m.CompareBars })));
const TrendChart = lazy(() => import('../TrendChart').then((m) => ({ default: m.TrendChart })));
const LevelChart = lazy(() => import('../LevelChart').then((m) => ({ default: m.LevelChart })));
const DossierStatusPanel = lazy(() => import('../StatusPanels').then((m) => ({ default: m.DossierStatusPanel })));
const OnlinePanel = lazy(() => import('../StatusPanels').then((m) => ({ default: m.OnlinePanel })));
const SatisfactionChart = lazy(() => import('../SatisfactionChart').then((m) => ({ default: m.SatisfactionChart })));
const RankingTable = lazy(() => import('../RankingTable').then((m) => ({ default: m.RankingTable })));
const MapPanel = lazy(() => import('../map/MapPanel').then((m) => ({ default: m.MapPanel })));

function KpiWidget({ model, view, locale }: { model: Model; view: ViewChoice; locale: Locale }) {
  const cards = useMemo(() => kpiCards(model, view.unit, view.period, view.level), [model, view.unit, view.period, view.level]);
  return <KpiCards cards={cards} model={model} locale={locale} />;
}

export function EmbedFrame({ widget, model, view, locale }: { widget: Widget; model: Model; view: ViewChoice; locale: Locale }) {
  const store = useAppStore();
  const { m, lang } = locale;
  const selectUnit = useCallback((unit: string) => store.getState().selectUnit(unit), [store]);
  const selectPeriod = useCallback((period: string) => store.getState().navigate({ period }), [store]);
  const selectLevel = useCallback((level: string, indicator: string) => store.getState().navigate({ level, indicator }), [store]);
  const ctx = useMemo(() => embedContext(model, view.unit, view.period, lang), [model, view.unit, view.period, lang]);
  const props = { model, view, locale, onSelectUnit: selectUnit };
  const body: Record<Widget, ReactNode> = {
    kpis: <KpiWidget model={model} view={view} locale={locale} />,
    compare: <CompareBars {...props} onSelectPeriod={selectPeriod} />,
    trend: <TrendChart model={model} view={view} locale={locale} onSelectPeriod={selectPeriod} />,
    levels: <LevelChart model={model} view={view} locale={locale} onSelectLevel={selectLevel} />,
    status: <DossierStatusPanel {...props} />,
    online: <OnlinePanel {...props} />,
    satisfaction: <SatisfactionChart {...props} />,
    table: <RankingTable {...props} />,
    map: <MapPanel {...props} showEmpty />,
  };
  // The frame appears whole once the widget's code is here, so nothing moves under the reader.
  return (
    <Suspense fallback={<p className="loading-page" role="status">{m.loading}</p>}>
    <div className="embed__frame">
      <header className="embed__head">
        <h1 className="embed__context">{ctx.unitName}{ctx.period && <> · {formatPeriod(ctx.period, lang)}</>}</h1>
      </header>
      <main className="embed__body" id="main">
        {body[widget]}
      </main>
      <footer className="embed__foot">
        {ctx.sources.length > 0 && (
          <p>{m.source}: {ctx.sources.join('; ')}{ctx.moreSources > 0 ? ` ${m.moreSources(ctx.moreSources)}` : ''}</p>
        )}
        <p>
          {ctx.upTo && <>{m.datasetUpTo(formatDate(ctx.upTo, lang))} · </>}
          <a href={fullViewUrl(window.location.href)} target="_blank" rel="noopener">{m.openFullView}</a>
        </p>
      </footer>
    </div>
    </Suspense>
  );
}
