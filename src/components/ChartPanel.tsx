// A chart's frame: title, a text summary, the chart, its data as a table (details/summary), and
// the download menu (the chart as PNG/SVG, the table as CSV/XLSX). A panel with nothing to show
// is one line: its title and why (its summary), across the grid, not a full-height empty box.
import { lazy, Suspense, type ReactNode } from 'react';
import { useLocale } from './appContext';
import type { DownloadSpec } from './download/spec';
import './flags/flags.css';

// The menu and what it needs come after the first paint, in a chunk of their own.
const DownloadMenu = lazy(() => import('./download/DownloadMenu').then((m) => ({ default: m.DownloadMenu })));

export function ChartPanel({ id, title, summary, children, table, note, wide = false, download, empty = false }: {
  id: string; title: string; summary: string; children?: ReactNode; table?: ReactNode; note?: ReactNode; wide?: boolean;
  /** The panel's table (and chart) to download: PNG, SVG, CSV, XLSX. */
  download?: DownloadSpec | null;
  /** Nothing to show: the title and the summary on one line (and the note, e.g. where to look). */
  empty?: boolean;
}) {
  const { m } = useLocale();
  if (empty) {
    return (
      <section className="panel panel--empty" aria-labelledby={`${id}-title`} id={id} data-empty="true">
        <h2 className="panel__title" id={`${id}-title`}>{title}</h2>
        <p className="panel__summary">{summary}</p>
        {note}
      </section>
    );
  }
  return (
    <section className={`panel${wide ? ' panel--wide' : ''}`} aria-labelledby={`${id}-title`} id={id}>
      <h2 className="panel__title" id={`${id}-title`}>{title}</h2>
      <p className="panel__summary">{summary}</p>
      {children}
      {note}
      {table && (
        <details className="panel__table">
          <summary>{m.tableAlternative}</summary>
          {table}
        </details>
      )}
      {download && <Suspense fallback={null}><DownloadMenu id={id} spec={download} /></Suspense>}
    </section>
  );
}
