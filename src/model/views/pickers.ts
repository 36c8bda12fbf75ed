// What the pickers list: units as a tree (searchable without diacritics), indicators grouped
// by the catalogue's groups, periods grouped by kind.
import type { PartUnit, Period, PeriodKind, UnitRecord } from '../../data/types';
import { fold } from '../../data/text';
import { GROUPS } from '../catalogueCore';
import type { Model } from '../model';
import { hasDataIn } from './defaults';
import { allPeriods, dimsFor, type Level } from './value';
import { compareLevels } from './headline';
import { dimsAt, figureCounts, hasFigures, levelAt, rowsIn } from './rows';
import { recentByModel } from './recentByModel';
import { unitNameIn } from '../unitName';

export interface UnitOption {
  code: string;
  name: string;
  type: UnitRecord['type'];
  depth: number;
  /** Names from the root down to the parent, for telling two "Huyện Châu Thành" apart. */
  parents: string[];
  hasData: boolean;
  /** Folded name and code, for searching without diacritics. */
  search: string;
  /** Its figures are in a part of a partitioned dataset not read yet: choosing it reads the part
   * (never marked as without figures before). */
  unread?: boolean;
  /** Not in the tree until its part is read (named from the built-in lists): found by a search,
   * not listed without one. */
  searchOnly?: boolean;
}

export function unitOptions(model: Model, lang: 'vi' | 'en' = 'vi'): UnitOption[] {
  const { tree } = model;
  const out: UnitOption[] = [];
  const below = new Map<string, boolean>();
  const hasData = (code: string): boolean => {
    if (!below.has(code)) below.set(code, hasFigures(model, code) || tree.children(code).some(hasData));
    return below.get(code)!;
  };
  // Folded only when the picker is first searched: a whole country's three thousand units took
  // some 40 ms of the first screen's render to fold, for a picker that shows one name closed.
  const option = (o: Omit<UnitOption, 'search'>, official: string): UnitOption => ({
    ...o,
    get search() {
      const folded = fold(`${o.name} ${official} ${o.code}`);
      Object.defineProperty(this, 'search', { value: folded });
      return folded;
    },
  });
  const unread = unreadPartUnits(model);
  const unreadParts = new Set(model.raw.partitions.filter((p) => !p.loaded).map((p) => p.unit));
  // `inPart`: under a part not read yet, where a unit without figures may have them in the part.
  const visit = (code: string, depth: number, parents: string[], inPart: boolean) => {
    const u = tree.units.get(code);
    if (!u) return;
    const has = hasData(code);
    out.push(option({ code, name: model.unitName(code, lang), type: u.type, depth, parents, hasData: has || inPart, unread: !has && inPart ? true : undefined }, u.name));
    for (const c of tree.children(code)) visit(c, depth + 1, [...parents, u.name], inPart || unreadParts.has(code));
    const part = unread.get(code);
    if (part) visitPart(part, code, depth + 1, [...parents, u.name]);
  };
  // A part's units, a parent before its children; whether they have figures is not known yet.
  const visitPart = (part: Map<string, PartUnit[]>, code: string, depth: number, parents: string[]) => {
    for (const p of part.get(code) ?? []) {
      out.push(option({ code: p.code, name: unitNameIn(p, lang), type: p.type, depth, parents, hasData: true, unread: true, searchOnly: true }, p.name));
      visitPart(part, p.code, depth + 1, [...parents, p.name]);
    }
  };
  for (const r of tree.roots) visit(r, 0, [], false);
  return out;
}

/** The units of each part not read yet, by the part's unit, then by parent. */
function unreadPartUnits(model: Model): Map<string, Map<string, PartUnit[]>> {
  const out = new Map<string, Map<string, PartUnit[]>>();
  for (const p of model.raw.partitions) {
    if (p.loaded || !p.units) continue;
    const byParent = new Map<string, PartUnit[]>();
    for (const u of p.units) {
      const list = byParent.get(u.parent);
      if (list) list.push(u); else byParent.set(u.parent, [u]);
    }
    out.set(p.unit, byParent);
  }
  return out;
}

/** The name of a unit of a part not read yet (one the picker named from the built-in lists), or
 * null: what the page says it is opening while the part comes. */
export function unreadUnitName(model: Model, code: string, lang: 'vi' | 'en' = 'vi'): string | null {
  if (model.tree.units.has(code)) return null;
  for (const p of model.raw.partitions) {
    const u = p.loaded ? undefined : p.units?.find((x) => x.code === code);
    // Named as the model will name it once read (../unitName).
    if (u) return unitNameIn(u, lang);
  }
  return null;
}

/** Whether a partitioned dataset has parts not read yet whose units are not named (not the
 * built-in lists', nor in the tree): the picker finds them once the reader opens the unit a part
 * is for (a province and its communes). */
export function hasUnlistedParts(model: Model): boolean {
  return model.raw.partitions.some((p) => !p.loaded && !p.units && model.tree.children(p.unit).length === 0);
}

/** Whether some unit ended (the 2025 merger, or a units file's dates): then old figures can also
 * be shown under today's units. */
export function hasEndedUnits(model: Model): boolean {
  const now = new Date().toISOString().slice(0, 10);
  for (const u of model.tree.units.values()) if (u.validTo !== null && u.validTo < now) return true;
  return false;
}

/** Units whose folded name or code contains every word of the query (`que vo` finds Quế Võ);
 * without a query, the units listed (not those of parts not read). */
export function matchUnits(options: UnitOption[], query: string): UnitOption[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return options.filter((o) => !o.searchOnly);
  return options.filter((o) => words.every((w) => o.search.includes(w)));
}

export interface IndicatorOption {
  id: string;
  nameVi: string;
  nameEn: string;
  hasData: boolean;
}

export interface IndicatorGroup {
  group: string;
  indicators: IndicatorOption[];
}

/** Indicators that have figures or targets, grouped in catalogue group order (a unit's, remembered
 * per model: the filter bar asks on every drill and on the way back). */
export function indicatorGroups(model: Model, unit?: string): IndicatorGroup[] {
  return unit ? recentIndicatorGroups(model, unit) : computeIndicatorGroups(model);
}

const recentIndicatorGroups = recentByModel((model: Model, unit: string) => computeIndicatorGroups(model, unit));

function computeIndicatorGroups(model: Model, unit?: string): IndicatorGroup[] {
  const present = new Set<string>(figureCounts(model).keys());
  for (const t of model.targets) present.add(t.indicator);
  const ofUnit = new Set<string>();
  if (unit) {
    // Indicator ids of the unit's and its children's rows, read from the columns.
    // Indicator ids the unit or one of its children has rows of (the table's grouping by unit and indicator).
    const t = model.table;
    const units = [unit, ...model.tree.children(unit)].map((c) => t.units.find(c)).filter((u) => u !== undefined);
    t.indicators.values.forEach((id, i) => { if (units.some((u) => t.rowsOfUnitIndicator(u, i).length > 0)) ofUnit.add(id); });
  }
  const groups = new Map<string, IndicatorOption[]>();
  for (const ind of model.catalogue.values()) {
    if (!present.has(ind.id)) continue;
    const list = groups.get(ind.group) ?? [];
    list.push({ id: ind.id, nameVi: ind.nameVi, nameEn: ind.nameEn, hasData: unit ? ofUnit.has(ind.id) : true });
    groups.set(ind.group, list);
  }
  const order = (g: string) => { const i = (GROUPS as readonly string[]).indexOf(g); return i < 0 ? GROUPS.length : i; };
  return [...groups].sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0])).map(([group, indicators]) => ({ group, indicators }));
}

export const PERIOD_KIND_ORDER: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month', 'day', 'range'];

export interface PeriodOption {
  period: Period;
  /** The unit or one of its children has figures in it. */
  hasData: boolean;
}

export interface PeriodGroup {
  kind: PeriodKind;
  periods: PeriodOption[];
}

/** Every period of the dataset (figures and targets), grouped by kind, newest first in each
 * (remembered per model and unit). */
export function periodGroups(model: Model, unit: string): PeriodGroup[] {
  return recentPeriodGroups(model, unit);
}

const recentPeriodGroups = recentByModel((model: Model, unit: string) => computePeriodGroups(model, unit));

function computePeriodGroups(model: Model, unit: string): PeriodGroup[] {
  const byKind = new Map<PeriodKind, PeriodOption[]>();
  for (const p of allPeriods(model)) {
    const list = byKind.get(p.kind) ?? [];
    list.unshift({ period: p, hasData: hasDataIn(model, unit, p.key) });
    byKind.set(p.kind, list);
  }
  return PERIOD_KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => ({ kind, periods: byKind.get(kind)! }));
}

/** Levels to offer: the total, then each `level` value the unit's figures or targets take. */
export function levelOptions(model: Model, unit: string, periodKey: string): Level[] {
  const levels = new Set<string>();
  for (const r of rowsIn(model, unit, periodKey)) { const l = levelAt(model, r); if (l) levels.add(l); }
  for (const c of model.tree.children(unit)) for (const r of rowsIn(model, c, periodKey)) { const v = dimsAt(model, r).dims.level; if (v !== undefined) levels.add(v); }
  return ['', ...[...levels].sort(compareLevels)];
}

/** Whether the unit has a figure for the indicator at the level in the period (for marking options). */
export function hasFigure(model: Model, unit: string, indicator: string, periodKey: string, level: Level): boolean {
  return model.figure(unit, indicator, periodKey, dimsFor(level)) !== undefined;
}
