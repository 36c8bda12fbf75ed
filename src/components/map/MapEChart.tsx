// The map's canvas, in its own chunk with the map series and topojson-client: the geometry is
// registered first, then ECharts draws. The instance is put on its element for browser tests.
//
// The map is never laid out at no size. ECharts' geo view inverts its transform, which has no
// inverse at 0 × 0, and the chart throws on its next event: the panel's body is hidden (display:
// none) whenever the indicator has no figure for any region, and echarts-for-react's own resize
// would follow it there. So the frame is watched here instead: the chart is created once the frame
// has a size, and resized only to a size it can draw; hidden, it keeps the size it last had.
import { useEffect, useRef, useState } from 'react';
import { EChartsCore } from '../echartsCore';
import { echarts } from '../../charts/echartsMap';
import { echartsLocale, REPLACED_COMPONENTS } from '../../charts/echarts';
import type { MapOption } from '../../charts/map';
import type { MapView } from '../../model/views/map';
import type { ModelRaw } from '../../model/model';
import type { Lang } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import { ensureGeometry } from './loadGeometry';
import { useChartSize } from '../useChartSize';

type Instance = ReturnType<typeof echarts.init>;
const FILL = { height: '100%', width: '100%' } as const;

export function MapEChart({ option, view, raw, height, lang, locale, onSelectUnit }: {
  option: MapOption; view: MapView; raw: ModelRaw; height: number; lang: Lang; locale: Locale; onSelectUnit: (unit: string) => void;
}) {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [sized, setSized] = useState(false);
  useEffect(() => {
    let live = true;
    setState('loading');
    // A new frame comes with the geometry: the chart waits for that one to have a size.
    setSized(false);
    ensureGeometry(view, raw).then(() => live && setState('ready'), () => live && setState('failed'));
    return () => { live = false; };
  }, [view, raw]);

  const frame = useRef<HTMLDivElement>(null);
  const instance = useRef<Instance | null>(null);
  useChartSize(frame, instance, { frameKey: state, onSized: () => setSized(true) });

  if (state === 'failed') return <p className="panel__hint" role="status">{locale.m.mapFailed}</p>;
  const box = { width: '100%', aspectRatio: '1 / 1.1', maxHeight: height };
  if (state === 'loading') return <div className="chart chart--loading" style={box} role="status" aria-label={locale.m.mapLoading} />;
  return (
    <div ref={frame} className="chart" data-chart="map" style={box}>
      {sized && <EChartsCore
        key={lang}
        echarts={echarts}
        option={option}
        replaceMerge={REPLACED_COMPONENTS}
        style={FILL}
        autoResize={false}
        opts={{ renderer: 'canvas', locale: echartsLocale(lang) }}
        onEvents={{ click: (p: { data?: { unit?: string } }) => { if (p.data?.unit) onSelectUnit(p.data.unit); } }}
        onChartReady={(chart) => {
          instance.current = chart as Instance;
          (chart.getDom() as HTMLElement & { echartsInstance?: unknown }).echartsInstance = chart;
        }}
      />}
    </div>
  );
}
