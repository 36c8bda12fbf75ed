// The ranking table (TanStack Table v9): children × headline indicators, best first on the
// chosen indicator, sortable by any column, filterable by name, with the parent's own figures
// as a totals row and CSV export of exactly the rows and columns shown.
import { useMemo, useState } from 'react';
import {
  columnFilteringFeature, createColumnHelper, createFilteredRowModel, createSortedRowModel, rowSortingFeature,
  tableFeatures, useTable, type ColumnFiltersState, type SortingState,
} from '@tanstack/react-table';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { rankingRows, type RankingCell, type RankingRow } from '../model/views/ranking';
import { toCsv } from '../model/views/csv';
import { fold } from '../data/text';
import { indicatorName, STATUS_ICON, type Locale } from '../i18n/messages';
import { formatPeriod } from '../i18n/format';
import { periodOf } from '../model/views/value';
import { StatusBadge } from './StatusBadge';
import { valueLabel } from './format';

const features = tableFeatures({
  columnFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
});
const helper = createColumnHelper<typeof features, RankingRow>();

function cellText(c: RankingCell | undefined, locale: Locale): string {
  if (!c?.value) return '—';
  const s = c.status.status;
  return s === 'none' || s === 'no-data' ? valueLabel(c.value, locale) : `${valueLabel(c.value, locale)} ${STATUS_ICON[s]} ${locale.m.status[s]}`;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Cell({ cell, locale }: { cell: RankingCell | undefined; locale: Locale }) {
  if (!cell?.value) return <span className="muted">—</span>;
  const s = cell.status.status;
  return (
    <span className="cell">
      <span className="num">{valueLabel(cell.value, locale)}</span>
      {s !== 'none' && <StatusBadge status={s} compact />}
    </span>
  );
}

export function RankingTable({ model, view, locale, onSelectUnit }: { model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void }) {
  const { m, lang } = locale;
  const rv = useMemo(() => rankingRows(model, view.unit, view.indicator, view.period, view.level), [model, view.unit, view.indicator, view.period, view.level]);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'rank', desc: false }]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const names = useMemo(() => new Map(rv.columns.map((c) => [c.indicator, indicatorName(model.catalogue.get(c.indicator), lang, c.indicator)])), [rv, model, lang]);

  const columns = useMemo(() => helper.columns([
    helper.accessor((r) => r.rank ?? undefined, { id: 'rank', header: m.rank, sortUndefined: 'last', cell: (info) => info.getValue() ?? '—' }),
    helper.accessor('name', {
      id: 'name', header: m.unit,
      filterFn: (row, _id, value: string) => fold(row.original.name).includes(fold(value)),
      cell: (info) => <button type="button" className="link" onClick={() => onSelectUnit(info.row.original.unit)}>{info.getValue()}</button>,
    }),
    ...rv.columns.map((c) => helper.accessor((r) => r.cells[c.indicator]?.value?.value, {
      id: c.indicator, header: names.get(c.indicator) ?? c.indicator, sortUndefined: 'last',
      sortDescFirst: c.better === 'higher',
      cell: (info) => <Cell cell={info.row.original.cells[c.indicator]} locale={locale} />,
    })),
  ]), [rv, names, m, locale, onSelectUnit]);

  const table = useTable({
    features, columns, data: rv.rows,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
  });
  const shown = table.getRowModel().rows;
  const filter = (columnFilters.find((f) => f.id === 'name')?.value as string | undefined) ?? '';
  const period = periodOf(model, view.period);
  const caption = m.rankingCaption(names.get(rv.rankBy) ?? rv.rankBy, period ? formatPeriod(period, lang) : view.period);

  const exportCsv = () => {
    const headers = [m.rank, m.unit, ...rv.columns.map((c) => names.get(c.indicator) ?? c.indicator)];
    const body = shown.map((r) => [r.original.rank === null ? '' : String(r.original.rank), r.original.name, ...rv.columns.map((c) => cellText(r.original.cells[c.indicator], locale))]);
    const total = ['', m.totalRow(rv.total.name), ...rv.columns.map((c) => cellText(rv.total.cells[c.indicator], locale))];
    download(`xep-hang-${view.unit}-${view.period.replace(/\//g, '_')}.csv`, toCsv([headers, ...body, total]));
  };

  if (rv.rows.length === 0) {
    return (
      <section className="panel panel--wide" aria-labelledby="ranking-title" id="ranking">
        <h2 className="panel__title" id="ranking-title">{m.rankingTitle}</h2>
        <p className="empty">{m.rankingEmpty}</p>
      </section>
    );
  }

  return (
    <section className="panel panel--wide" aria-labelledby="ranking-title" id="ranking">
      <h2 className="panel__title" id="ranking-title">{m.rankingTitle}</h2>
      <div className="toolbar">
        <label className="field field--inline">
          <span>{m.filterByName}</span>
          <input type="search" value={filter} onChange={(e) => table.getColumn('name')?.setFilterValue(e.target.value || undefined)} />
        </label>
        <span className="muted" aria-live="polite">{m.rowsShown(shown.length, rv.rows.length)}</span>
        <button type="button" className="button" onClick={exportCsv}>{m.exportCsv}</button>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="ranking-title">
        <table className="data-table ranking">
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  const numeric = h.column.id !== 'name';
                  return (
                    <th key={h.id} scope="col" className={numeric ? 'num' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                        <table.FlexRender header={h} />
                        <span aria-hidden="true" className="sort__mark">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                {r.getAllCells().map((c) => (
                  c.column.id === 'name'
                    ? <th key={c.id} scope="row"><table.FlexRender cell={c} /></th>
                    : <td key={c.id} className="num"><table.FlexRender cell={c} /></td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row">{m.totalRow(rv.total.name)}</th>
              {rv.columns.map((c) => <td key={c.indicator} className="num"><Cell cell={rv.total.cells[c.indicator]} locale={locale} /></td>)}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
