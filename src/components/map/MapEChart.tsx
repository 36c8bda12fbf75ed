// The map's canvas, in its own chunk with the map series and topojson-client: the geometry is
// registered first, then ECharts draws. The instance is put on its element for browser tests.
import { useEffect, useState } from 'react';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { echarts } from '../../charts/echartsMap';
import { echartsLocale, REPLACED_COMPONENTS } from '../../charts/echarts';
import type { MapOption } from '../../charts/map';
import type { MapView } from '../../model/views/map';
import type { RawDataset } from '../../data/types';
import type { Lang } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import { ensureGeometry } from './loadGeometry';

export function MapEChart({ option, view, raw, height, lang, locale, onSelectUnit }: {
  option: MapOption; view: MapView; raw: RawDataset; height: number; lang: Lang; locale: Locale; onSelectUnit: (unit: string) => void;
}) {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    setState('loading');
    ensureGeometry(view, raw).then(() => live && setState('ready'), () => live && setState('failed'));
    return () => { live = false; };
  }, [view, raw]);
  if (state === 'failed') return <p className="panel__hint" role="status">{locale.m.mapFailed}</p>;
  if (state === 'loading') return <div className="chart chart--loading" style={{ width: '100%', aspectRatio: '1 / 1.1', maxHeight: height }} role="status" aria-label={locale.m.mapLoading} />;
  return (
    <div className="chart" data-chart="map">
      <EChartsReactCore
        key={lang}
        echarts={echarts}
        option={option}
        replaceMerge={REPLACED_COMPONENTS}
        style={{ width: '100%', height: 'auto', aspectRatio: '1 / 1.1', maxHeight: height }}
        opts={{ renderer: 'canvas', locale: echartsLocale(lang) }}
        onEvents={{ click: (p: { data?: { unit?: string } }) => { if (p.data?.unit) onSelectUnit(p.data.unit); } }}
        onChartReady={(chart) => { (chart.getDom() as HTMLElement & { echartsInstance?: unknown }).echartsInstance = chart; }}
      />
    </div>
  );
}
