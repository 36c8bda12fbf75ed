// The pager of a chart or table whose list is long (model/views/rowPage), loaded then; nothing otherwise.
import { lazy, Suspense } from 'react';
import type { RowPaging } from './useRowPage';

const ChartPager = lazy(() => import('./ChartPager').then((m) => ({ default: m.ChartPager })));

export function Pager({ paging, ranked, of = 'chart' }: { paging: RowPaging; ranked: boolean; of?: 'chart' | 'table' }) {
  if (!paging.page.paged) return null;
  return <Suspense fallback={null}><ChartPager paging={paging} ranked={ranked} of={of} /></Suspense>;
}
