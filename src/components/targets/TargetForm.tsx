// Add or edit a plan target: every field labelled, each problem named beside its field and in a
// summary that takes the focus, the reader's number style; Escape or "Huỷ" closes it.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Model } from '../../model/model';
import type { TargetDraft } from '../../model/targets/edits';
import { LEVELS, OPS, checkTarget, type TargetField, type TargetInput, type TargetProblem } from '../../model/targets/validate';
import { indicatorName, levelName, type Locale } from '../../i18n/messages';
import { planMessages } from '../../i18n/plan';
import { formatNumber } from '../../i18n/format';

export interface TargetFormProps {
  model: Model;
  locale: Locale;
  /** The fields to start from (a new target, or the one edited). */
  initial: TargetInput;
  editing: boolean;
  /** Units offered: the unit on screen and its children (and the edited target's own). */
  units: string[];
  /** What the other targets are about, so the same target is not entered twice. */
  taken: ReadonlySet<string>;
  onSave(draft: TargetDraft): Promise<void>;
  onCancel(): void;
}

const ORDER: TargetField[] = ['indicator', 'unit', 'level', 'period', 'op', 'value', 'plan', 'note'];

export function TargetForm({ model, locale, initial, editing, units, taken, onSave, onCancel }: TargetFormProps) {
  const { m, lang } = locale;
  const t = planMessages(lang);
  const id = useId();
  const [input, setInput] = useState<TargetInput>(initial);
  const [problems, setProblems] = useState<TargetProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  // Each refused save (a new list of problems) moves the focus to the summary in the commit that
  // shows it: a frame later, a quick reader (or test) saw the summary unfocused.
  useLayoutEffect(() => { if (problems.length > 0) summary.current?.focus(); }, [problems]);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => { first.current?.focus(); }, []);

  const indicators = useMemo(() => [...model.catalogue.values()]
    .map((i) => ({ id: i.id, name: indicatorName(i, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang)), [model, lang]);

  const fieldId = (f: TargetField) => `${id}-${f}`;
  const problemOf = (f: TargetField) => problems.find((p) => p.field === f);
  const message = (p: TargetProblem) => {
    const max = p.field === 'value' && p.code === 'out-of-range' && p.max !== undefined ? ` ${t.maxNote(formatNumber(p.max, lang))}` : '';
    return `${t.problem[p.code] ?? p.code}${max}`;
  };
  const set = (f: TargetField) => (e: { target: { value: string } }) => setInput((s) => ({ ...s, [f]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkTarget(input, { catalogue: model.catalogue, hasUnit: (c) => model.tree.units.has(c), style: lang === 'en' ? 'en' : 'vi', taken });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    try { await onSave(checked.draft); } finally { setBusy(false); }
  };

  const describedBy = (f: TargetField, hint?: boolean) => [hint ? `${fieldId(f)}-hint` : '', problemOf(f) ? `${fieldId(f)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (f: TargetField) => {
    const p = problemOf(f);
    return p ? <span className="plan-form__error" id={`${fieldId(f)}-error`}>{message(p)}</span> : null;
  };
  const common = (f: TargetField, hint = false) => ({ id: fieldId(f), name: f, 'aria-invalid': problemOf(f) ? true : undefined, 'aria-describedby': describedBy(f, hint) });

  return (
    <form className="plan-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }} aria-labelledby={`${id}-title`}>
      <h3 className="plan-form__title" id={`${id}-title`}>{editing ? t.formEdit : t.formAdd}</h3>
      {problems.length > 0 && (
        <div className="plan-form__summary" role="alert" tabIndex={-1} ref={summary}>
          <p>{t.errorsTitle}</p>
          <ul>
            {[...problems].sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field)).map((p) => (
              <li key={p.field}><a href={`#${fieldId(p.field)}`} onClick={(e) => { e.preventDefault(); document.getElementById(fieldId(p.field))?.focus(); }}>{t.field[p.field]}</a>: {message(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="plan-form__grid">
        <div className="plan-form__field plan-form__field--wide">
          <label htmlFor={fieldId('indicator')}>{t.field.indicator}</label>
          <select ref={first} {...common('indicator')} value={input.indicator} onChange={set('indicator')}>
            <option value="">—</option>
            {indicators.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
          {error('indicator')}
        </div>
        <div className="plan-form__field">
          <label htmlFor={fieldId('unit')}>{t.field.unit}</label>
          <select {...common('unit')} value={input.unit} onChange={set('unit')}>
            <option value="">{t.everyUnit}</option>
            {units.map((u) => <option key={u} value={u}>{model.unitName(u, lang)}</option>)}
          </select>
          {error('unit')}
        </div>
        <div className="plan-form__field">
          <label htmlFor={fieldId('level')}>{t.field.level}</label>
          <select {...common('level')} value={input.level} onChange={set('level')}>
            <option value="">{t.everyLevel}</option>
            {LEVELS.map((l) => <option key={l} value={l}>{levelName(l, m)}</option>)}
          </select>
          {error('level')}
        </div>
        <div className="plan-form__field">
          <label htmlFor={fieldId('period')}>{t.field.period}</label>
          <input type="text" autoComplete="off" {...common('period', true)} value={input.period} onChange={set('period')} />
          <span className="plan-form__hint" id={`${fieldId('period')}-hint`}>{t.periodHint}</span>
          {error('period')}
        </div>
        <div className="plan-form__field">
          <label htmlFor={fieldId('op')}>{t.field.op}</label>
          <select {...common('op')} value={input.op} onChange={set('op')}>
            {OPS.map((o) => <option key={o} value={o}>{t.ops[o]}</option>)}
          </select>
          {error('op')}
        </div>
        <div className="plan-form__field">
          <label htmlFor={fieldId('value')}>{t.field.value}</label>
          <input type="text" inputMode="decimal" autoComplete="off" {...common('value', true)} value={input.value} onChange={set('value')} />
          <span className="plan-form__hint" id={`${fieldId('value')}-hint`}>{t.valueHint}</span>
          {error('value')}
        </div>
        <div className="plan-form__field">
          <label htmlFor={fieldId('plan')}>{t.field.plan}</label>
          <input type="text" autoComplete="off" {...common('plan')} value={input.plan} onChange={set('plan')} />
          {error('plan')}
        </div>
        <div className="plan-form__field plan-form__field--wide">
          <label htmlFor={fieldId('note')}>{t.field.note}</label>
          <input type="text" autoComplete="off" {...common('note')} value={input.note} onChange={set('note')} />
        </div>
      </div>
      <div className="plan-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>{t.save}</button>
        <button type="button" className="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
