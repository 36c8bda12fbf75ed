// The unit picker: a combobox (ARIA 1.2) searching unit names without diacritics, listing the
// tree with indentation; arrow keys move, Enter picks, Escape closes.
import { useId, useMemo, useRef, useState } from 'react';
import { matchUnits, type UnitOption } from '../model/views/pickers';
import type { Locale } from '../i18n/messages';

export function UnitPicker({ options, value, locale, onSelect, unlistedParts = false }: {
  options: UnitOption[]; value: string; locale: Locale; onSelect: (unit: string) => void;
  /** A partitioned dataset with parts not read whose units it cannot name: a search says where they are. */
  unlistedParts?: boolean;
}) {
  const { m } = locale;
  const id = useId();
  const current = options.find((o) => o.code === value);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => matchUnits(options, query).slice(0, 200), [options, query]);
  const pick = (o: UnitOption | undefined) => {
    if (!o) return;
    setOpen(false);
    setQuery('');
    onSelect(o.code);
  };
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, matches.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter' && open) { e.preventDefault(); pick(matches[active]); }
    else if (e.key === 'Escape') { setOpen(false); setQuery(''); }
  };
  const activeId = open && matches[active] ? `${id}-opt-${matches[active].code}` : undefined;
  return (
    <div className="field combo">
      <label htmlFor={`${id}-input`}>{m.unit}</label>
      <input
        id={`${id}-input`} ref={input} type="text" role="combobox" autoComplete="off" spellCheck={false}
        aria-expanded={open} aria-controls={`${id}-list`} aria-autocomplete="list" aria-activedescendant={activeId}
        placeholder={current?.name ?? ''} title={m.unitSearch}
        value={open ? query : current?.name ?? ''}
        onFocus={() => { setOpen(true); setActive(Math.max(0, matches.findIndex((o) => o.code === value))); }}
        onBlur={() => setTimeout(() => { setOpen(false); setQuery(''); }, 150)}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
        onKeyDown={onKey}
      />
      {open && (
        <ul className="combo__list" id={`${id}-list`} role="listbox" aria-label={m.unit}>
          {matches.length === 0 && <li className="combo__empty" role="presentation">{m.unitNoMatch}</li>}
          {matches.map((o, i) => (
            <li
              key={o.code} id={`${id}-opt-${o.code}`} role="option" aria-selected={o.code === value}
              className={`combo__option${i === active ? ' combo__option--active' : ''}${o.hasData ? '' : ' combo__option--empty'}`}
              style={{ paddingInlineStart: `${0.5 + o.depth * 1}rem` }}
              onMouseDown={(e) => { e.preventDefault(); pick(o); }}
              onMouseEnter={() => setActive(i)}
            >
              {o.name}{query && o.parents.length > 0 && <span className="muted"> · {o.parents[o.parents.length - 1]}</span>}
              {!o.hasData && <span className="sr-only"> {m.noDataMark}</span>}
              {o.unread && <span className="muted"> · {m.unitLoadsWhenChosen}</span>}
            </li>
          ))}
          {query && unlistedParts && <li className="combo__empty" role="presentation">{m.unitInUnreadPart}</li>}
        </ul>
      )}
    </div>
  );
}
