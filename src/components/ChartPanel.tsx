// A chart's frame: title, a text summary, the chart, and its data as a table (details/summary).
import type { ReactNode } from 'react';
import { useLocale } from './appContext';

export function ChartPanel({ id, title, summary, children, table, note, wide = false }: {
  id: string; title: string; summary: string; children?: ReactNode; table?: ReactNode; note?: ReactNode; wide?: boolean;
}) {
  const { m } = useLocale();
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
    </section>
  );
}
