// Which figures the checks flag, and by which entries of the data-quality panel: a figure shown
// anywhere (KPI card, bar, ranking cell, map region) carries a mark that links to the entry.
// A check names the figures it is about (Problem.figures); a problem from reading a row (a
// qualifier that contradicts the value) is tied to the figure read from that row — the one in
// the problem's very cell where a row holds several (a wide sheet).
// Found once per model and unit, keyed by the figure's row.
import type { Severity } from '../../data/types';
import type { Figure } from '../figure';
import { dimsKey } from '../figure';
import type { Model } from '../model';
import { qualityItem, type QualityItem } from './quality';

/** A problem about a figure, as a mark shows it. */
export interface FigureFlag {
  /** The data-quality entry's id (`q-7`): the mark links to it. */
  id: string;
  code: string;
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const NONE: readonly QualityItem[] = [];

/**
 * A model's flags, found as they are asked for. A whole country's file has a hundred thousand
 * problems that name their figures (a note per printed rate); finding all their rows at once held
 * the page's first render for a fifth of a second, to show a dozen cards. So the named figures
 * are only grouped by unit here, and a unit's are found when one of its figures is first asked
 * about. The problems tied to a cell (no figures named) are few, and are found at once.
 */
interface Flags {
  /** Per unit code: the problems naming a figure of it, in the problems' order, as pairs of numbers
   * (the problem's index, the figure's among its figures): not an array per pair. */
  named: Map<string, number[]>;
  /** The table ids of the units whose named figures are found (in `byNamed`). */
  found: Set<number>;
  /** Per row, the indices of the problems naming its figure: an entry is made only for a row
   * asked about (atRow). A unit's problems name figures of every period and indicator (a
   * province's hundred communes, some thirty notes each); a drill asks about one figure of each. */
  byNamed: Map<number, number[]>;
  byCell: Map<number, QualityItem[]>;
  /** Per row, both together, the most serious first (as asked). */
  merged: Map<number, readonly QualityItem[]>;
}

const push = <T>(map: Map<number, T[]>, r: number, p: T) => {
  const list = map.get(r);
  if (!list) map.set(r, [p]);
  else if (!list.includes(p)) list.push(p);
};

function prepare(model: Model): Flags {
  const t = model.table;
  const named = new Map<string, number[]>();
  // Problems without named figures, by the cell they were reported at: file → line → columns.
  const cells = new Map<number, Map<number, QualityItem[]>>();
  // Grouped by their units' names alone: a problem's figures are made only when its unit is found.
  // On the page the list reads a problem's units from the packed lists (data/problemList.ts),
  // without making the problem or its figures: a million rows' hundred thousand notes' figures,
  // made only to be grouped here, were most of the page's first question about a figure's flags.
  let k = 0;
  const name = (unit: string, j: number) => {
    const list = named.get(unit);
    if (list) list.push(k, j); else named.set(unit, [k, j]);
  };
  const problems = model.problems;
  for (; k < problems.length; k++) {
    if (problems.eachFigureUnitAt(k, name)) continue;
    const p = qualityItem(model, k);
    const file = t.files.find(p.file);
    if (file === undefined) continue;
    let lines = cells.get(file);
    if (!lines) cells.set(file, (lines = new Map()));
    const list = lines.get(p.line);
    if (list) list.push(p); else lines.set(p.line, [p]);
  }
  const byCell = new Map<number, QualityItem[]>();
  if (cells.size > 0) {
    // The figures read from each of those rows (a derived figure has no origin). Each file's lines
    // with such problems are marked in an array first: a million figures' look-ups in the maps
    // were 50 ms of the page's first screen, for a handful of lines.
    const marks = new Map<number, Uint8Array>();
    for (const [file, lines] of cells) {
      let last = 0;
      for (const line of lines.keys()) if (line > last) last = line;
      const m = new Uint8Array(last + 1);
      for (const line of lines.keys()) m[line] = 1;
      marks.set(file, m);
    }
    const onLine = new Map<QualityItem[], number[]>();
    let lastFile = -2;
    let marked: Uint8Array | undefined;
    for (let r = 0; r < t.size; r++) {
      const file = t.originFile[r];
      const line = t.originLine[r];
      if (file !== lastFile) { lastFile = file; marked = marks.get(file); }
      if (t.derived[r] !== 0 || !marked?.[line]) continue;
      const list = cells.get(file)!.get(line)!;
      const rows = onLine.get(list);
      if (rows) rows.push(r); else onLine.set(list, [r]);
    }
    for (const [list, rows] of onLine) {
      for (const p of list) {
        const exact = rows.filter((r) => t.originColumn[r] === p.column);
        for (const r of exact.length > 0 ? exact : rows.length === 1 ? rows : []) push(byCell, r, p);
      }
    }
  }
  return { named, found: new Set(), byNamed: new Map(), byCell, merged: new Map() };
}

/** Finds the rows of the figures a unit's problems name. */
function findUnit(model: Model, flags: Flags, u: number): void {
  if (flags.found.has(u)) return;
  flags.found.add(u);
  const t = model.table;
  const pairs = flags.named.get(t.units.values[u]) ?? [];
  for (let at = 0; at < pairs.length; at += 2) {
    const k = pairs[at];
    const f = model.problems.figureAt(k, pairs[at + 1])!;
    const per = t.periods.find(f.period);
    const i = t.indicators.find(f.indicator);
    const d = t.dimSets.find(f.dims);
    if (per === undefined || i === undefined || d === undefined) continue;
    const r = t.find(u, per, i, d);
    if (r >= 0) push(flags.byNamed, r, k);
  }
}

const remembered = new WeakMap<Model, Flags>();
function flagsFor(model: Model): Flags {
  let f = remembered.get(model);
  if (!f) remembered.set(model, (f = prepare(model)));
  return f;
}

/** The problems about a row: those naming its figure, then those at its cell, the most serious first. */
function atRow(model: Model, flags: Flags, r: number): readonly QualityItem[] {
  let list = flags.merged.get(r);
  if (list) return list;
  findUnit(model, flags, model.table.unit[r]);
  const named = flags.byNamed.get(r);
  const cell = flags.byCell.get(r);
  if (!named && !cell) list = NONE;
  else {
    const all = (named ?? []).map((k) => qualityItem(model, k));
    for (const p of cell ?? []) if (!all.includes(p)) all.push(p);
    list = all.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  }
  flags.merged.set(r, list);
  return list;
}

/** Every flagged figure's row → the problems about it, the most serious first (every unit found). */
export function figureFlags(model: Model): Map<number, readonly QualityItem[]> {
  const flags = flagsFor(model);
  const t = model.table;
  for (const code of flags.named.keys()) {
    const u = t.units.find(code);
    if (u !== undefined) findUnit(model, flags, u);
  }
  const out = new Map<number, readonly QualityItem[]>();
  for (const r of new Set([...flags.byNamed.keys(), ...flags.byCell.keys()])) out.set(r, atRow(model, flags, r));
  return out;
}

/** The problems about the figure at a row, the most serious first. */
export function problemsAt(model: Model, row: number): readonly QualityItem[] {
  return row < 0 ? NONE : atRow(model, flagsFor(model), row);
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
  const flags = flagsFor(model);
  return flags.named.size === 0 && flags.byCell.size === 0 ? NONE : problemsAt(model, rowOfFigure(model, f));
}

/** The warnings and errors about a figure: what a mark shows. */
export function flagsOf(model: Model, f: Figure): FigureFlag[] {
  return problemsOf(model, f).filter((p) => p.severity !== 'info').map(({ id, code, severity }) => ({ id, code, severity }));
}
