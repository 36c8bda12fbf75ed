// One widget alone, for an iframe in a portal page: the unit and period it is about, the widget,
// where its figures come from and up to when, and a link to the full view (in a new tab).
import { Suspense, useCallback, useMemo } from 'react';
import type { Model } from '../../model/model';
import type { ViewChoice } from '../../model/views/defaults';
import { embedContext } from '../../model/views/embed';
import { kpiCards } from '../../model/views/kpis';
import { fullViewUrl, type Widget } from '../../state/embed';
import { formatDate, formatPeriod } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import { useAppStore } from '../appContext';
import { moduleComponent } from '../moduleStore';
import { widgetCode } from './widgetCode';

// Each widget's code loads only when that widget is embedded (widgetCode.ts); main.ts mounts the
// embed once it has come, so the frame is drawn whole with the figures.
const KpiCards = moduleComponent(widgetCode.kpis, (m) => m.KpiCards);
const CompareBars = moduleComponent(widgetCode.compare, (m) => m.CompareBars);
const TrendChart = moduleComponent(widgetCode.trend, (m) => m.TrendChart);
const LevelChart = moduleComponent(widgetCode.levels, (m) => m.LevelChart);
const DossierStatusPanel = moduleComponent(widgetCode.status, (m) => m.DossierStatusPanel);
const OnlinePanel = moduleComponent(widgetCode.online, (m) => m.OnlinePanel);
const SatisfactionChart = moduleComponent(widgetCode.satisfaction, (m) => m.SatisfactionChart);
const RankingTable = moduleComponent(widgetCode.table, (m) => m.RankingTable);
const MapPanel = moduleComponent(widgetCode.map, (m) => m.MapPanel);

function WidgetBody({ widget, model, view, locale, onSelectUnit, onSelectPeriod, onSelectLevel }: {
  widget: Widget; model: Model; view: ViewChoice; locale: Locale;
  onSelectUnit: (unit: string) => void; onSelectPeriod: (period: string) => void; onSelectLevel: (level: string, indicator: string) => void;
}) {
  const props = { model, view, locale, onSelectUnit };
  switch (widget) {
    case 'kpis': return <KpiWidget model={model} view={view} locale={locale} />;
    case 'compare': return <CompareBars {...props} onSelectPeriod={onSelectPeriod} onSelectLevel={onSelectLevel} />;
    case 'trend': return <TrendChart model={model} view={view} locale={locale} onSelectPeriod={onSelectPeriod} />;
    case 'levels': return <LevelChart model={model} view={view} locale={locale} onSelectLevel={onSelectLevel} />;
    case 'status': return <DossierStatusPanel {...props} />;
    case 'online': return <OnlinePanel {...props} />;
    case 'satisfaction': return <SatisfactionChart {...props} />;
    case 'table': return <RankingTable {...props} onSelectLevel={onSelectLevel} />;
    case 'map': return <MapPanel {...props} showEmpty />;
  }
}

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
