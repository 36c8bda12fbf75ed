// Charts load ECharts on demand, so the KPI cards do not wait for it: a placeholder of the
// chart's height stands in until the chunk arrives.
import { lazy, Suspense } from 'react';
import type { ChartClick } from './EChart';
import type { ChartOption } from '../charts/option';
import type { Lang } from '../i18n/format';

const EChart = lazy(() => import('./EChart').then((m) => ({ default: m.EChart })));

export type { ChartClick };

export function Chart(props: { option: ChartOption; height: number; lang: Lang; name: string; onClick?: (p: ChartClick) => void }) {
  return (
    <Suspense fallback={<div className="chart chart--loading" style={{ height: props.height }} aria-hidden="true" />}>
      <EChart {...props} />
    </Suspense>
  );
}
