// Choosing what to see: unit, indicator (grouped), period (grouped by kind), level.
// On a phone the bar collapses behind a button.
import { useMemo, useState } from 'react';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { hasEndedUnits, hasUnlistedParts, indicatorGroups, levelOptions, periodGroups, unitOptions } from '../model/views/pickers';
import { groupName, levelName, type Locale } from '../i18n/messages';
import { formatPeriod } from '../i18n/format';
import { UnitPicker } from './UnitPicker';

export function FilterBar({ model, view, locale, onUnit, onChange, today, onToday }: {
  model: Model; view: ViewChoice; locale: Locale; onUnit: (unit: string) => void; onChange: (patch: Partial<ViewChoice>) => void;
  today: boolean; onToday: (today: boolean) => void;
}) {
  const { m, lang } = locale;
  const [open, setOpen] = useState(false);
  const units = useMemo(() => unitOptions(model, lang), [model, lang]);
  const indicators = useMemo(() => indicatorGroups(model, view.unit), [model, view.unit]);
  const periods = useMemo(() => periodGroups(model, view.unit), [model, view.unit]);
  const levels = useMemo(() => {
    const l = levelOptions(model, view.unit, view.period);
    return l.includes(view.level) ? l : [...l, view.level];
  }, [model, view.unit, view.period, view.level]);
  const known = indicators.some((g) => g.indicators.some((i) => i.id === view.indicator));
  const eras = today || hasEndedUnits(model);
  return (
    <section className={`filters${open ? ' filters--open' : ''}`} aria-label={m.filters}>
      <button type="button" className="filters__toggle button" aria-expanded={open} aria-controls="filters-body" onClick={() => setOpen(!open)}>
        {open ? m.hideFilters : m.showFilters}
      </button>
      <div className="filters__body" id="filters-body">
        <UnitPicker options={units} value={view.unit} locale={locale} onSelect={onUnit} unlistedParts={hasUnlistedParts(model)} />
        <div className="field">
          <label htmlFor="f-indicator">{m.indicator}</label>
          <select id="f-indicator" value={view.indicator} onChange={(e) => onChange({ indicator: e.target.value })}>
            {!known && <option value={view.indicator}>{view.indicator}</option>}
            {indicators.map((g) => (
              <optgroup key={g.group} label={groupName(g.group, m)}>
                {g.indicators.map((i) => (
                  <option key={i.id} value={i.id}>{(lang === 'en' ? i.nameEn : i.nameVi) || i.id}{i.hasData ? '' : ` ${m.noDataMark}`}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-period">{m.period}</label>
          <select id="f-period" value={view.period} onChange={(e) => onChange({ period: e.target.value })}>
            {periods.map((g) => (
              <optgroup key={g.kind} label={m.periodKinds[g.kind]}>
                {g.periods.map((p) => (
                  <option key={p.period.key} value={p.period.key}>{formatPeriod(p.period, lang)}{p.hasData ? '' : ` ${m.noDataMark}`}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-level">{m.level}</label>
          <select id="f-level" value={view.level} onChange={(e) => onChange({ level: e.target.value })}>
            {levels.map((l) => <option key={l} value={l}>{levelName(l, m)}</option>)}
          </select>
        </div>
        {eras && (
          <div className="field">
            <label htmlFor="f-era">{m.era}</label>
            <select id="f-era" value={today ? 'today' : 'published'} onChange={(e) => onToday(e.target.value === 'today')} aria-describedby={today ? 'f-era-note' : undefined}>
              <option value="published">{m.eraPublished}</option>
              <option value="today">{m.eraToday}</option>
            </select>
            {today && <p className="field__note" id="f-era-note">{m.eraTodayNote}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
