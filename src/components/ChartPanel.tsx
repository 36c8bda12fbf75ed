// A chart's frame: title, a text summary, the chart, its data as a table (details/summary), and
// the download menu (the chart as PNG/SVG, the table as CSV/XLSX). A panel with nothing to show
// is one line: its title and why (its summary), across the grid, not a full-height empty box.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useLocale } from './appContext';
import type { DownloadSpec } from './download/spec';
import { PanelHidden } from './panelHidden';
import './flags/flags.css';
// The menu's place is kept while its code comes (DownloadsPending): its rules come with the panel.
import './download/downloads.css';

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
  // One tree either way, so the chart stays mounted (hidden) while the panel is empty: a drill
  // into a unit without children and back again does not re-create every chart, each of which
  // would force the page's layout to measure itself.
  return (
    <section className={empty ? 'panel panel--empty' : `panel${wide ? ' panel--wide' : ''}`} aria-labelledby={`${id}-title`} id={id} data-empty={empty ? 'true' : undefined}>
      <h2 className="panel__title" id={`${id}-title`}>{title}</h2>
      <p className="panel__summary">{summary}</p>
      <div className="panel__body" hidden={empty}><PanelHidden.Provider value={empty}>{children}</PanelHidden.Provider></div>
      {note}
      {!empty && table && <TableAlternative label={m.tableAlternative}>{table}</TableAlternative>}
      {!empty && download && <Suspense fallback={<DownloadsPending label={m.download} />}><DownloadMenu id={id} spec={download} /></Suspense>}
    </section>
  );
}

/**
 * Where the menu will be while its code comes: the menu closed, unseen (`visibility: hidden`, which
 * also keeps it from the keyboard and screen readers). An embed's frame is as tall as its page
 * (public/embed.js), and the menu, come some 300 ms after the widget was drawn, made it 32 px
 * taller and moved the portal's page under it.
 */
function DownloadsPending({ label }: { label: string }) {
  return <div className="downloads-pending"><details><summary>{label}</summary></details></div>;
}

/**
 * The chart's data as a table, under a disclosure. Its rows are put in the page when it is opened,
 * not before: a closed table would be thousands of elements that every drill re-renders and the
 * browser lays out again, for nothing on screen (and it is printed only when open).
 */
function TableAlternative({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="panel__table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label}</summary>
      {open && children}
    </details>
  );
}
