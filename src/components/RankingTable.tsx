// The ranking table (TanStack Table v9): children × headline indicators, best first on the
// chosen indicator, sortable by any column, filterable by name, with the parent's own figures
// as a totals row and CSV / .xlsx export of exactly the rows the filter keeps, on every page
// (figures as numbers, with a status column beside each indicator that has targets). A long list
// (a province's 100-168 communes) is shown a page of 20 at a time, as the charts draw it
// (model/views/rowPage): its 3,400 cells laid out again on every way back from a commune were the
// largest part of that step. Printed, the table has every row.
import { createContext, useContext, useMemo, useRef, useState } from 'react';
import {
  columnFilteringFeature, createColumnHelper, createFilteredRowModel, createSortedRowModel, rowSortingFeature,
  tableFeatures, useTable, type ColumnFiltersState, type SortingState,
} from '@tanstack/react-table';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { rankingRows, type RankingCell, type RankingRow, type RankingView } from '../model/views/ranking';
import { useRecent } from './useRecent';
import { LevelChoices, useChildrenLoading } from './childrenElsewhere';
import { fold } from '../data/text';
import { indicatorName, type Locale } from '../i18n/messages';
import { formatPeriod } from '../i18n/format';
import { periodOf } from '../model/views/value';
import { StatusBadge } from './StatusBadge';
import { gapLabel, valueLabel } from './format';
import { statusCell, valueCell, withUnit, type DownloadCell } from './download/cells';
import { panelCaption } from './download/panelDownload';
import { fileName } from './download/fileName';
import { saveBlob } from './download/save';
import { FlagMark } from './flags/FlagMark';
import { useRowPage } from './pager/useRowPage';
import { usePrinting } from './useNearScreen';
import { Pager } from './pager/Pager';

const features = tableFeatures({
  columnFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
});
const helper = createColumnHelper<typeof features, RankingRow>();

/** An indicator's cells for a download: its figure, and its status where the column has targets. */
function cellsOf(c: RankingCell | undefined, withStatus: boolean, locale: Locale): DownloadCell[] {
  const value = valueCell(c?.value ?? null, locale);
  return withStatus ? [value, c ? statusCell(c.status, locale) : null] : [value];
}

function Cell({ cell, locale }: { cell: RankingCell | undefined; locale: Locale }) {
  if (!cell?.value) return <span className="muted">—</span>;
  const s = cell.status.status;
  return (
    <span className="cell">
      <span className="num">{valueLabel(cell.value, locale)}</span>
      <FlagMark flags={cell.value.flags} locale={locale} compact />
      {cell.status.gap !== null && <span className="cell__gap">{gapLabel(cell.status.gap, cell.value.kind, locale)}</span>}
      {s !== 'none' && <StatusBadge status={s} compact />}
    </span>
  );
}

/**
 * What the table's cells need from the panel. The cells are components of a stable identity that
 * read it here: cell functions made with the columns would be new components whenever the columns
 * are (every new view), and React would then remount every cell of the table on each drill.
 */
const CellsContext = createContext<{ locale: Locale; onSelectUnit: (unit: string) => void } | null>(null);

interface CellProps { row: { original: RankingRow }; column: { id: string }; getValue: () => unknown }

function RankCell({ getValue }: CellProps) {
  return <>{(getValue() as number | undefined) ?? '—'}</>;
}

function NameCell({ row, getValue }: CellProps) {
  const { onSelectUnit } = useContext(CellsContext)!;
  return <button type="button" className="link" onClick={() => onSelectUnit(row.original.unit)}>{getValue() as string}</button>;
}

function IndicatorCell({ row, column }: CellProps) {
  const { locale } = useContext(CellsContext)!;
  return <Cell cell={row.original.cells[column.id]} locale={locale} />;
}

export function RankingTable({ model, view, locale, onSelectUnit, onSelectLevel }: {
  model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void;
  /** Where the children have no figure at the view's level but do at another: a choice of it. */
  onSelectLevel?: (level: string, indicator: string) => void;
}) {
  const { m, lang } = locale;
  // The same rows for a view asked for again (a drill in and back): nothing in the table changes.
  const current = useRecent([model], `${view.unit}\u0001${view.indicator}\u0001${view.period}\u0001${view.level}`, () => rankingRows(model, view.unit, view.indicator, view.period, view.level));
  // A unit without children has no rows: the last table with rows stays in the page, hidden, so a
  // drill into a commune does not take a parent's hundred rows out of the page, nor the way back
  // put them in again (it shows them as they were). Forgotten with the model.
  const kept = useRef<{ model: Model; rv: RankingView } | null>(null);
  const empty = current.rows.length === 0;
  const loading = useChildrenLoading(model, view.unit, empty);
  if (!empty) kept.current = { model, rv: current };
  else if (kept.current?.model !== model) kept.current = null;
  const rv = empty ? kept.current?.rv ?? current : current;
  const [sorting, setSorting] = useState<SortingState>([{ id: 'rank', desc: false }]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const names = useMemo(() => new Map(rv.columns.map((c) => [c.indicator, indicatorName(model.catalogue.get(c.indicator), lang, c.indicator)])), [rv, model, lang]);

  const columns = useMemo(() => helper.columns([
    helper.accessor((r) => r.rank ?? undefined, { id: 'rank', header: m.rank, sortUndefined: 'last', cell: RankCell }),
    helper.accessor('name', {
      id: 'name', header: m.unit,
      filterFn: (row, _id, value: string) => fold(row.original.name).includes(fold(value)),
      cell: NameCell,
    }),
    ...rv.columns.map((c) => helper.accessor((r) => r.cells[c.indicator]?.value?.value, {
      id: c.indicator, header: names.get(c.indicator) ?? c.indicator, sortUndefined: 'last',
      sortDescFirst: c.better === 'higher',
      cell: IndicatorCell,
    })),
  ]), [rv, names, m]);
  const cells = useMemo(() => ({ locale, onSelectUnit }), [locale, onSelectUnit]);

  const table = useTable({
    features, columns, data: rv.rows,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
  });
  const shown = table.getRowModel().rows;
  // A new list, order or filter starts on its first page; the way back from a commune (the same
  // list, kept) comes back to the page the reader left.
  const listed = useMemo(() => ({}), [rv, sorting, columnFilters]);
  const paging = useRowPage(shown.length, listed);
  const printing = usePrinting();
  const onPage = printing ? shown : shown.slice(paging.page.from, paging.page.to);
  const byRank = columnFilters.length === 0 && sorting.length === 1 && sorting[0].id === 'rank' && !sorting[0].desc;
  const filter = (columnFilters.find((f) => f.id === 'name')?.value as string | undefined) ?? '';
  const period = periodOf(model, view.period);
  const caption = m.rankingCaption(names.get(rv.rankBy) ?? rv.rankBy, period ? formatPeriod(period, lang) : view.period);

  const exportTable = async (kind: 'csv' | 'xlsx') => {
    const all = [...shown.map((r) => r.original), rv.total];
    const statusCols = new Set(rv.columns.filter((c) => all.some((r) => (r.cells[c.indicator]?.status.status ?? 'none') !== 'none')).map((c) => c.indicator));
    const header = [m.rank, m.unit, ...rv.columns.flatMap((c) => {
      const name = names.get(c.indicator) ?? c.indicator;
      return statusCols.has(c.indicator) ? [withUnit(name, model.catalogue.get(c.indicator)?.unit), m.statusOf(name)] : [withUnit(name, model.catalogue.get(c.indicator)?.unit)];
    })];
    const rowOf = (r: RankingRow, rank: DownloadCell, name: string): DownloadCell[] => [rank, name, ...rv.columns.flatMap((c) => cellsOf(r.cells[c.indicator], statusCols.has(c.indicator), locale))];
    const rows = [...shown.map((r) => rowOf(r.original, r.original.rank, r.original.name)), rowOf(rv.total, null, m.totalRow(rv.total.name))];
    const values = all.flatMap((r) => rv.columns.map((c) => r.cells[c.indicator]?.value ?? null));
    const { tableFile } = await import('./download/tableFile');
    const file = tableFile({ name: fileName('xep-hang', model.unitName(view.unit, 'vi'), view.period), header, rows, caption: panelCaption(model, view, locale, m.rankingTitle, values) }, kind);
    saveBlob(file.name, file.blob);
  };

  // Units without a figure: one line that opens to their names (each still drills in).
  const folded = current.withoutFigures.length > 0 && (
    <details className="ranking-fold">
      <summary>{m.rankingWithoutFigures(current.withoutFigures.length)}</summary>
      <ul>
        {current.withoutFigures.map((r) => <li key={r.unit}><button type="button" className="link" onClick={() => onSelectUnit(r.unit)}>{r.name}</button></li>)}
      </ul>
    </details>
  );

  return (
    <section className={empty ? 'panel panel--wide panel--empty' : 'panel panel--wide'} aria-labelledby="ranking-title" id="ranking">
      <h2 className="panel__title" id="ranking-title">{m.rankingTitle}</h2>
      {empty && (loading ? <p className="empty panel__summary">{m.childrenLoading}</p> : folded || <p className="empty panel__summary">{m.rankingEmpty}</p>)}
      {empty && onSelectLevel && current.otherLevels.length > 0 && <LevelChoices levels={current.otherLevels} indicator={view.indicator} locale={locale} onSelectLevel={onSelectLevel} />}
      {rv.rows.length > 0 && <div className="ranking__body" hidden={empty}>
        <div className="toolbar">
          <label className="field field--inline">
            <span>{m.filterByName}</span>
            <input type="search" value={filter} onChange={(e) => table.getColumn('name')?.setFilterValue(e.target.value || undefined)} />
          </label>
          <span className="muted" aria-live="polite">{m.rowsShown(shown.length, rv.rows.length)}</span>
          <button type="button" className="button" onClick={() => void exportTable('csv')}>{m.exportCsv}</button>
          <button type="button" className="button" onClick={() => void exportTable('xlsx')}>{m.exportXlsx}</button>
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="ranking-caption">
          <table className="data-table ranking">
            <caption id="ranking-caption">{caption}</caption>
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
            <CellsContext.Provider value={cells}><tbody>
              {onPage.map((r) => (
                <tr key={r.id}>
                  {r.getAllCells().map((c) => (
                    c.column.id === 'name'
                      ? <th key={c.id} scope="row"><table.FlexRender cell={c} /></th>
                      // On a phone each row stacks: the cell says which column it is (data-label).
                      : <td key={c.id} className={c.column.id === 'rank' ? 'num ranking__rank' : 'num'} data-label={c.column.id === 'rank' ? undefined : names.get(c.column.id)}><table.FlexRender cell={c} /></td>
                  ))}
                </tr>
              ))}
            </tbody></CellsContext.Provider>
            <tfoot>
              <tr>
                <td className="ranking__rank" />
                <th scope="row">{m.totalRow(rv.total.name)}</th>
                {rv.columns.map((c) => <td key={c.indicator} className="num" data-label={names.get(c.indicator)}><Cell cell={rv.total.cells[c.indicator]} locale={locale} /></td>)}
              </tr>
            </tfoot>
          </table>
        </div>
        <Pager paging={paging} ranked={byRank} of="table" />
        {!empty && folded}
      </div>}
    </section>
  );
}
