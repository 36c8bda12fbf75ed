// Which figures the checks flag, and by which entries of the data-quality panel: a figure shown
// anywhere (KPI card, bar, ranking cell, map region) carries a mark that links to the entry.
// A check names the figures it is about (Problem.figures); a problem from reading a row (a
// qualifier that contradicts the value) is tied to the figure read from that row — the one in
// the problem's very cell where a row holds several (a wide sheet).
// Built once per model, keyed by the figure's row.
import type { Severity } from '../../data/types';
import type { Figure } from '../figure';
import { dimsKey } from '../figure';
import type { Model } from '../model';
import { qualityItems, type QualityItem } from './quality';

/** A problem about a figure, as a mark shows it. */
export interface FigureFlag {
  /** The data-quality entry's id (`q-7`): the mark links to it. */
  id: string;
  code: string;
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const NONE: readonly QualityItem[] = [];

function build(model: Model): Map<number, QualityItem[]> {
  const t = model.table;
  const out = new Map<number, QualityItem[]>();
  const add = (r: number, p: QualityItem) => {
    const list = out.get(r);
    if (!list) out.set(r, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  // Problems without named figures, by the cell they were reported at: file → line → columns.
  const cells = new Map<number, Map<number, QualityItem[]>>();
  for (const p of qualityItems(model)) {
    if (p.figures) {
      for (const f of p.figures) {
        const u = t.units.find(f.unit);
        const per = t.periods.find(f.period);
        const i = t.indicators.find(f.indicator);
        const d = t.dimSets.find(f.dims);
        if (u === undefined || per === undefined || i === undefined || d === undefined) continue;
        const r = t.find(u, per, i, d);
        if (r >= 0) add(r, p);
      }
      continue;
    }
    const file = t.files.find(p.file);
    if (file === undefined) continue;
    let lines = cells.get(file);
    if (!lines) cells.set(file, (lines = new Map()));
    const list = lines.get(p.line);
    if (list) list.push(p); else lines.set(p.line, [p]);
  }
  if (cells.size > 0) {
    // The figures read from each of those rows (a derived figure has no origin).
    const onLine = new Map<QualityItem[], number[]>();
    for (let r = 0; r < t.size; r++) {
      const list = cells.get(t.originFile[r])?.get(t.originLine[r]);
      if (!list || t.derived[r] !== 0) continue;
      const rows = onLine.get(list);
      if (rows) rows.push(r); else onLine.set(list, [r]);
    }
    for (const [list, rows] of onLine) {
      for (const p of list) {
        const exact = rows.filter((r) => t.originColumn[r] === p.column);
        for (const r of exact.length > 0 ? exact : rows.length === 1 ? rows : []) add(r, p);
      }
    }
  }
  for (const list of out.values()) list.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return out;
}

const remembered = new WeakMap<Model, Map<number, QualityItem[]>>();
/** Every flagged figure's row → the problems about it, the most serious first. */
export function figureFlags(model: Model): Map<number, QualityItem[]> {
  let m = remembered.get(model);
  if (!m) remembered.set(model, (m = build(model)));
  return m;
}

/** The problems about the figure at a row, the most serious first. */
export function problemsAt(model: Model, row: number): readonly QualityItem[] {
  return figureFlags(model).get(row) ?? NONE;
}

/** The row of a figure object, or -1. */
export function rowOfFigure(model: Model, f: Figure): number {
  const t = model.table;
  const u = t.units.find(f.unit);
  const p = t.periods.find(f.period.key);
  const i = t.indicators.find(f.indicator);
  const d = t.dimSets.find(dimsKey(f.dims));
  return u === undefined || p === undefined || i === undefined || d === undefined ? -1 : t.find(u, p, i, d);
}

/** The problems about a figure, the most serious first. */
export function problemsOf(model: Model, f: Figure): readonly QualityItem[] {
  const flags = figureFlags(model);
  return flags.size === 0 ? NONE : problemsAt(model, rowOfFigure(model, f));
}

/** The warnings and errors about a figure: what a mark shows. */
export function flagsOf(model: Model, f: Figure): FigureFlag[] {
  return problemsOf(model, f).filter((p) => p.severity !== 'info').map(({ id, code, severity }) => ({ id, code, severity }));
}
