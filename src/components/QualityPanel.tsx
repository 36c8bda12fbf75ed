// The data-quality panel: every problem the checker found, filterable by severity and text,
// each with file:line:column and its message (which names the figures involved).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../model/model';
import { qualityIndex, qualityList, type SeverityFilter } from '../model/views/qualityList';
import type { Locale } from '../i18n/messages';
import { problemTitle } from '../i18n/problems';
import { countLabel } from './format';

const SEVERITY_ICON = { error: '✗', warning: '!', info: 'i' } as const;
const PAGE = 100;

export function QualityPanel({ model, locale }: { model: Model; locale: Locale }) {
  const { m } = locale;
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [query, setQuery] = useState('');
  const ref = useRef<HTMLElement>(null);
  const list = useMemo(() => qualityList(model, severity, query), [model, severity, query]);
  // A large dataset has thousands of entries: they are listed a page at a time.
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [model, severity, query]);
  // A KPI card's link asks to reveal an entry: clear the filters and list as far as the entry.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onReveal = (e: Event) => {
      setSeverity('all');
      setQuery('');
      const at = qualityIndex(model, (e as CustomEvent<string>).detail);
      setShown(Math.max(PAGE, at + 1));
    };
    el.addEventListener('reveal', onReveal);
    return () => el.removeEventListener('reveal', onReveal);
  }, [model]);
  const options: SeverityFilter[] = ['all', 'error', 'warning', 'info'];
  return (
    <section className="panel panel--wide quality" aria-labelledby="quality-title" id="quality" ref={ref}>
      <h2 className="panel__title" id="quality-title">{m.qualityTitle}</h2>
      <p className="panel__summary">{m.qualityIntro}</p>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="sr-only">{m.qualityFilter}</legend>
          {options.map((o) => (
            <label key={o} className={severity === o ? 'segmented__on' : undefined}>
              <input type="radio" name="severity" value={o} checked={severity === o} onChange={() => setSeverity(o)} />
              {m.severity[o]}{o !== 'all' && <span className="count"> ({countLabel(list.counts[o], locale)})</span>}
            </label>
          ))}
        </fieldset>
        <label className="field field--inline">
          <span>{m.qualitySearch}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <span className="muted" aria-live="polite">{m.qualityCount(list.size, list.total)}</span>
      </div>
      {list.size === 0
        ? <p className="empty">{m.qualityEmpty}</p>
        : (
          <ol className="problems">
            {list.first(shown).map((p) => (
              <li key={p.id} id={p.id} tabIndex={-1} className={`problem problem--${p.severity}`}>
                <span className="problem__severity"><span aria-hidden="true">{SEVERITY_ICON[p.severity]}</span> {m.severity[p.severity]}</span>
                <code className="problem__where">{p.where}</code>
                <span className="problem__code" title={p.code}>{problemTitle(p.code, locale.lang)}</span>
                <span className="problem__message">{p.message}</span>
              </li>
            ))}
          </ol>
        )}
      {list.size > shown && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>{m.qualityMore(Math.min(PAGE, list.size - shown), list.size - shown)}</button>
      )}
    </section>
  );
}
