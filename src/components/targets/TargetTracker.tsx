// The plan-target tracker: the targets for the unit on screen and its children, missed and at
// risk first, each with its latest figure, status, gap, trend and projection; the reader adds,
// edits and deletes targets (kept in this browser), downloads the plan as targets.csv, or
// discards the edits. The rows come from the model (src/model/targets): this only renders.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../../model/model';
import type { ViewChoice } from '../../model/views/defaults';
import { draftOf, targetKey, type EditedTarget } from '../../model/targets/edits';
import { statusCounts, trackerRows, type TrackerRow } from '../../model/targets/tracker';
import { inputOf, type TargetInput } from '../../model/targets/validate';
import { targetsCsv } from '../../model/targets/csv';
import { displayDecimals } from '../../model/views/value';
import { formatDate, formatFigure, formatPeriod } from '../../i18n/format';
import { indicatorName, levelName, type Locale } from '../../i18n/messages';
import { planMessages } from '../../i18n/plan';
import { gapLabel, targetLabel } from '../format';
import { StatusBadge } from '../StatusBadge';
import { Sparkline } from '../Sparkline';
import { saveBlob } from '../download/save';
import { TargetForm } from './TargetForm';
import { useRecent } from '../useRecent';
import type { PlanEdits } from './usePlanEdits';
import './targets.css';

export interface TargetTrackerProps {
  model: Model;
  view: ViewChoice;
  locale: Locale;
  plan: PlanEdits | null;
}

type Editing = { id: string | null; input: TargetInput } | null;

/** Rows shown at first; "show more" adds five times as many. */
const PAGE = 20;

export function TargetTracker({ model, view, locale, plan }: TargetTrackerProps) {
  const { m, lang } = locale;
  const t = planMessages(lang);
  // Before the store answers (or without one), the model's targets as they are.
  const edited: EditedTarget[] = useMemo(() => plan?.edited ?? model.targets.map((target, i) => ({ id: `ds:${i}`, target, edit: null })), [plan, model]);
  // A province's rows (all its communes' targets) are kept for the way back from a commune.
  const rows = useRecent([model, edited], view.unit, () => trackerRows(model, edited, view.unit));
  const counts = statusCounts(rows);
  // The first rows (missed and at risk come first), then more on request: a province's targets
  // over all its communes are thousands of rows, which the page would lay out on every drill.
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [view.unit]);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const unitName = (u: string) => model.unitName(u, lang);
  const style = lang === 'en' ? 'en' : 'vi';

  const kindOf = (r: TrackerRow) => model.catalogue.get(r.target.indicator)?.kind ?? 'count';
  const figureText = (r: TrackerRow, value: number, publishedDecimals: number | null, qualifier: '=' | '>' | '<' | '~' = '=') => {
    const kind = kindOf(r);
    return formatFigure({ value, qualifier, kind, decimals: displayDecimals(kind, publishedDecimals, value) }, lang);
  };
  const targetText = (r: TrackerRow) => targetLabel({ ...r.target, level: r.target.level }, kindOf(r), locale);

  const projection = (r: TrackerRow) => {
    const p = r.projection;
    switch (p.kind) {
      case 'no-data': return { icon: '—', word: t.projection.noData, title: '' };
      case 'final': return { icon: '■', word: t.projection.final, title: t.finalTitle };
      case 'not-projected': return { icon: '…', word: t.projection.notProjected, title: t.notProjectedTitle };
      case 'projected': {
        const value = figureText(r, p.value, null);
        const by = formatDate(p.by, lang);
        const last = p.from[p.from.length - 1];
        const title = p.from.length === 2
          ? t.projectedLine(value, by, figureText(r, p.from[0].value, null), formatPeriod(p.from[0].period, lang), figureText(r, last.value, null), formatPeriod(last.period, lang), targetText(r))
          : t.projectedHeld(value, by, figureText(r, last.value, null), formatPeriod(last.period, lang), targetText(r));
        return p.onTrack ? { icon: '↗', word: t.projection.onTrack, title } : { icon: '↘', word: t.projection.offTrack, title };
      }
    }
  };

  const unitsOffered = useMemo(() => [view.unit, ...model.tree.children(view.unit)], [model, view.unit]);
  const takenExcept = (id: string | null) => new Set(edited.filter((e) => e.id !== id).map((e) => targetKey(draftOf(e.target))));
  const defaultPlan = edited[edited.length - 1]?.target.plan ?? '';
  const startAdd = () => {
    setEditing({ id: null, input: { plan: defaultPlan, period: view.period, unit: view.unit, level: view.level, indicator: view.indicator, op: '>=', value: '', note: '' } });
    setSaid('');
  };
  const startEdit = (r: TrackerRow) => { setEditing({ id: r.id, input: inputOf(draftOf(r.target), style) }); setSaid(''); };
  const close = () => { setEditing(null); requestAnimationFrame(() => addButton.current?.focus()); };
  const download = () => saveBlob('targets.csv', new Blob([targetsCsv(edited.map((e) => e.target))], { type: 'text/csv;charset=utf-8' }));
  const editCount = plan ? plan.counts.added + plan.counts.changed + plan.counts.deleted : 0;

  return (
    <section className="panel panel--wide plan" id="plan" aria-labelledby="plan-title">
      <h2 className="panel__title" id="plan-title">{t.title}</h2>
      <p className="panel__summary">{t.intro(unitName(view.unit))}</p>
      <div className="plan__toolbar">
        <button type="button" className="button" ref={addButton} onClick={startAdd} disabled={!plan} aria-expanded={editing?.id === null}>{t.add}</button>
        <button type="button" className="button" onClick={download}>{t.download}</button>
        {editCount > 0 && <button type="button" className="button" onClick={() => setConfirming(true)} aria-expanded={confirming}>{t.discard}</button>}
      </div>
      {confirming && plan && (
        <div className="plan__confirm" role="group" aria-labelledby="plan-confirm">
          <p id="plan-confirm">{t.discardConfirm(editCount)}</p>
          <button type="button" className="button button--danger" onClick={() => { void plan.discard().then(() => { setConfirming(false); setSaid(t.discarded); addButton.current?.focus(); }); }}>{t.discardYes}</button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>{t.cancel}</button>
        </div>
      )}
      {plan && editCount > 0 && <p className="plan__edits">{t.yourEdits(plan.counts.added, plan.counts.changed, plan.counts.deleted)}</p>}
      {plan?.storageFailed && <p className="plan__warning" role="status">{t.storageFailed}</p>}
      <p className="sr-only" role="status" aria-live="polite">{said}</p>
      {editing && plan && (
        <TargetForm
          key={editing.id ?? 'new'} model={model} locale={locale} initial={editing.input} editing={editing.id !== null}
          units={editing.input.unit && !unitsOffered.includes(editing.input.unit) ? [...unitsOffered, editing.input.unit] : unitsOffered}
          taken={takenExcept(editing.id)}
          onSave={async (draft) => { await plan.save(editing.id, draft); setSaid(t.saved); close(); }}
          onCancel={close}
        />
      )}
      {rows.length === 0 ? <p className="muted">{t.empty}</p> : (
        <>
          <p className="plan__counts">{t.counts(rows.length, counts.missed, counts['at-risk'], counts['no-data'], counts.met)}</p>
          <div className="plan__scroll">
            <table className="plan__table">
              <caption className="sr-only">{t.caption(unitName(view.unit))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.col.indicator}</th>
                  <th scope="col">{t.col.unit}</th>
                  <th scope="col">{t.col.plan}</th>
                  <th scope="col">{t.col.period}</th>
                  <th scope="col" className="num">{t.col.target}</th>
                  <th scope="col" className="num">{t.col.latest}</th>
                  <th scope="col">{t.col.status}</th>
                  <th scope="col" className="num">{t.col.gap}</th>
                  <th scope="col">{t.col.trend}</th>
                  <th scope="col">{t.col.actions}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shown).map((r) => {
                  const name = indicatorName(model.catalogue.get(r.target.indicator), lang, r.target.indicator);
                  const level = r.dims.level ?? r.target.level;
                  const pr = projection(r);
                  return (
                    <tr key={r.key} data-status={r.status} data-edit={r.edit ?? undefined}>
                      <th scope="row" className="plan__indicator">
                        <span>{name}</span>
                        {level && <span className="plan__level"> · {levelName(level, m)}</span>}
                        {r.edit && <span className="plan__tag">{t.edit[r.edit]}</span>}
                        {r.target.note && <span className="plan__note">{r.target.note}</span>}
                      </th>
                      <td data-label={t.col.unit}>{unitName(r.unit)}{r.target.unit === null && <span className="plan__every"> ({t.everyUnit.toLowerCase()})</span>}</td>
                      <td data-label={t.col.plan} className="plan__plan">{r.target.plan || '—'}</td>
                      <td data-label={t.col.period}>{formatPeriod(r.target.period, lang)}</td>
                      <td data-label={t.col.target} className="num">{targetText(r)}</td>
                      <td data-label={t.col.latest} className="num plan__latest">
                        {r.latest ? (
                          <>
                            <span>{figureText(r, r.latest.value, r.latest.publishedDecimals, r.latest.qualifier)}</span>
                            <span className="plan__of">{formatPeriod(r.latest.period, lang)}{r.partial && <span className="plan__partial" title={t.partialTitle(formatPeriod(r.latest.period, lang), formatPeriod(r.target.period, lang))}> · {t.partial}</span>}</span>
                          </>
                        ) : '—'}
                      </td>
                      <td data-label={t.col.status}><StatusBadge status={r.status} /></td>
                      <td data-label={t.col.gap} className="num">{r.gap === null ? '—' : gapLabel(r.gap, kindOf(r), locale)}</td>
                      <td data-label={t.col.trend} className="plan__trend">
                        <Sparkline points={r.trend} />
                        <span className={`plan__projection plan__projection--${r.projection.kind === 'projected' ? (r.projection.onTrack ? 'on' : 'off') : r.projection.kind}`} title={pr.title || undefined}>
                          <span aria-hidden="true">{pr.icon} </span>{pr.word}
                          {pr.title && <span className="sr-only">: {pr.title}</span>}
                        </span>
                        {r.trend.length > 1 && <span className="sr-only">. {t.trendLabel(r.trend.map((p) => `${figureText(r, p.value, null)} (${formatPeriod(p.period, lang)})`).join(', '))}</span>}
                      </td>
                      <td data-label={t.col.actions} className="plan__actions">
                        <button type="button" className="button button--small" disabled={!plan} aria-label={t.editLabel(name, unitName(r.unit))} onClick={() => startEdit(r)}>{t.editButton}</button>
                        <button type="button" className="button button--small" disabled={!plan} aria-label={t.removeLabel(name, unitName(r.unit))} onClick={() => { void plan?.remove(r.id).then(() => setSaid(t.removed)); }}>{t.remove}</button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rows.length > shown && (
            <p className="plan__more">
              <button type="button" className="button" onClick={() => setShown((n) => n + PAGE * 5)}>{t.more(Math.min(PAGE * 5, rows.length - shown))}</button>{' '}
              <button type="button" className="button" onClick={() => setShown(rows.length)}>{t.all(rows.length)}</button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
