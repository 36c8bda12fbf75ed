// One widget alone, for an iframe in a portal page: the unit and period it is about, the widget,
// where its figures come from and up to when, and a link to the full view (in a new tab).
import { Suspense, use, useCallback, useMemo } from 'react';
import type { Model } from '../../model/model';
import type { ViewChoice } from '../../model/views/defaults';
import { embedContext } from '../../model/views/embed';
import { kpiCards } from '../../model/views/kpis';
import { fullViewUrl, type Widget } from '../../state/embed';
import { formatDate, formatPeriod } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import { useAppStore } from '../appContext';
import { widgetModule, type WidgetModule } from './widgetCode';

// Each widget's code loads only when that widget is embedded (widgetCode.ts); read with `use`, it
// is there already when the frame is first drawn, and nothing suspends.
function WidgetBody({ widget, model, view, locale, onSelectUnit, onSelectPeriod, onSelectLevel }: {
  widget: Widget; model: Model; view: ViewChoice; locale: Locale;
  onSelectUnit: (unit: string) => void; onSelectPeriod: (period: string) => void; onSelectLevel: (level: string, indicator: string) => void;
}) {
  const props = { model, view, locale, onSelectUnit };
  switch (widget) {
    case 'kpis': return <KpiWidget KpiCards={use(widgetModule('kpis')).KpiCards} model={model} view={view} locale={locale} />;
    case 'compare': { const { CompareBars } = use(widgetModule('compare')); return <CompareBars {...props} onSelectPeriod={onSelectPeriod} />; }
    case 'trend': { const { TrendChart } = use(widgetModule('trend')); return <TrendChart model={model} view={view} locale={locale} onSelectPeriod={onSelectPeriod} />; }
    case 'levels': { const { LevelChart } = use(widgetModule('levels')); return <LevelChart model={model} view={view} locale={locale} onSelectLevel={onSelectLevel} />; }
    case 'status': { const { DossierStatusPanel } = use(widgetModule('status')); return <DossierStatusPanel {...props} />; }
    case 'online': { const { OnlinePanel } = use(widgetModule('online')); return <OnlinePanel {...props} />; }
    case 'satisfaction': { const { SatisfactionChart } = use(widgetModule('satisfaction')); return <SatisfactionChart {...props} />; }
    case 'table': { const { RankingTable } = use(widgetModule('table')); return <RankingTable {...props} />; }
    case 'map': { const { MapPanel } = use(widgetModule('map')); return <MapPanel {...props} showEmpty />; }
  }
}

function KpiWidget({ KpiCards, model, view, locale }: { KpiCards: WidgetModule<'kpis'>['KpiCards']; model: Model; view: ViewChoice; locale: Locale }) {
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
  // The frame appears whole once the widget's code is here, so nothing moves under the reader.
  return (
    <Suspense fallback={<p className="loading-page" role="status">{m.loading}</p>}>
    <div className="embed__frame">
      <header className="embed__head">
        <h1 className="embed__context">{ctx.unitName}{ctx.period && <> · {formatPeriod(ctx.period, lang)}</>}</h1>
      </header>
      <main className="embed__body" id="main">
        <WidgetBody widget={widget} model={model} view={view} locale={locale} onSelectUnit={selectUnit} onSelectPeriod={selectPeriod} onSelectLevel={selectLevel} />
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
