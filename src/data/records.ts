// Table rows → typed records (units, indicators, observations, targets), one row at a time.
// A row that cannot be read is reported and dropped; every other row is kept.
import type { IndicatorKind, IndicatorRecord, PrintedNumber, Qualifier, TargetOp, TargetRecord, UnitRecord } from './types';
import type { Cell, Table } from './table';
import { RowContext, closest, quote } from './rowContext';
import { canonicalLevel } from './columns';
import { parsePrintedNumber, styleMatters, type NumberResult, type NumberStyle } from './number';
import { parsePeriod as parsePeriodText, type PeriodResult } from './period';
import { detached, editDistance, fold } from './text';
import type { DimensionLookup } from './dimensions';
import type { Observations } from './observations';

// Files repeat the same few period texts on every row: parse each once.
const periodMemo = new Map<string, PeriodResult>();
export function parsePeriod(text: string): PeriodResult {
  let r = periodMemo.get(text);
  if (!r) {
    r = parsePeriodText(text);
    if (periodMemo.size > 10_000) periodMemo.clear();
    periodMemo.set(detached(text), r);
  }
  return r;
}

// ---------- numbers in cells ----------

const NO_FIGURE = new Set(['-', '–', '—', '--', 'n/a', 'na', 'k/c', 'khong co so lieu', 'chua co so lieu', 'chua co']);

function decimalsOf(n: number): number {
  const s = String(n);
  const i = s.indexOf('.');
  return i === -1 || s.includes('e') ? 0 : s.length - i - 1;
}

/** A cell's trimmed text as a printed number, the file's number style (`styled.style`) asked for
 * only where the text's reading may depend on it (styleMatters): both readers' way (plainRows.ts). */
export function readPrinted(text: string, kind: IndicatorKind, styled: { readonly style: NumberStyle }, max: number | null): NumberResult {
  return parsePrintedNumber(text, { kind, style: styleMatters(text) ? styled.style : 'unknown', max });
}

/** A cell as a printed number; JSON numbers are exact and need no guessing. The file's number
 * style (`styled.style`) is asked for only where the cell's reading may depend on it. */
export function numberCell(
  ctx: RowContext, field: string, kind: IndicatorKind, styled: { readonly style: NumberStyle }, max: number | null, what: string, drop: boolean,
): PrintedNumber | null {
  const raw = ctx.raw(field);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) { (drop ? ctx.report.bind(ctx) : ctx.note.bind(ctx))('error', field, 'not-a-number', `${what} is not a finite number`); return null; }
    return { value: raw, qualifier: '=', decimals: decimalsOf(raw), percent: false };
  }
  const text = ctx.text(field);
  // Printed tables say "no figure" with a dash or N/A: the row holds nothing, which is not an error.
  if (field === 'value' && !/\d/.test(text) && NO_FIGURE.has(fold(text))) {
    ctx.note('info', field, 'no-figure', `${quote(text)} means no figure was published; the row is skipped`);
    return null;
  }
  const r = readPrinted(text, kind, styled, max);
  if (r.ok) return r.number;
  const say = drop ? ctx.report.bind(ctx) : ctx.note.bind(ctx);
  if (fold(text) === 'khong co') {
    say('error', field, 'not-a-number', `${what}: "${text}" — write 0 if there were none, or leave the row out if no figure was published`);
    return null;
  }
  say('error', field, r.code === 'empty' ? 'empty-value' : r.code, r.code === 'empty' ? `${what} is empty` : `${what}: ${r.message}`);
  return null;
}

const QUALIFIERS: Record<string, Qualifier> = {
  '=': '=', '>': '>', '<': '<', '~': '~', '≈': '~', '>=': '>', '≥': '>', '<=': '<', '≤': '<',
  hon: '>', tren: '>', duoi: '<', gan: '~', khoang: '~', 'xap xi': '~',
};

// ---------- units ----------

const UNIT_TYPES: Record<string, UnitRecord['type']> = {
  province: 'province', tinh: 'province', 'thanh pho truc thuoc trung uong': 'province',
  district: 'district', huyen: 'district', quan: 'district', 'thi xa': 'district',
  commune: 'commune', xa: 'commune', phuong: 'commune', 'thi tran': 'commune', 'dac khu': 'commune',
  agency: 'agency', 'so nganh': 'agency', so: 'agency', nganh: 'agency', department: 'agency',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function dateCell(ctx: RowContext, field: string): string | null {
  const t = ctx.text(field);
  if (t === '') return null;
  if (ISO_DAY.test(t)) return t;
  const p = parsePeriod(t);
  if (p.ok && p.period.kind === 'day') return p.period.start;
  ctx.note('warning', field, 'bad-date', `${quote(t)} is not a date (write 2025-06-30 or 30/6/2025); ignored`);
  return null;
}

export function readUnits(table: Table, fields: Map<string, number>): { units: UnitRecord[]; ctxs: RowContext[] } {
  const units: UnitRecord[] = [];
  const ctxs: RowContext[] = [];
  for (const row of table.rows) {
    const ctx = new RowContext(table, row, fields);
    ctxs.push(ctx);
    const code = ctx.text('code');
    const name = ctx.text('name');
    if (code === '') ctx.report('error', 'code', 'missing-code', 'the unit has no code');
    if (name === '') ctx.report('error', 'name', 'missing-name', 'the unit has no name');
    const typeText = ctx.text('type');
    let type: UnitRecord['type'] = 'other';
    if (typeText !== '') {
      const t = Object.hasOwn(UNIT_TYPES, fold(typeText)) ? UNIT_TYPES[fold(typeText)] : undefined;
      if (t) type = t;
      else ctx.note('warning', 'type', 'unknown-unit-type', `unit type ${quote(typeText)} is not one of province, district, commune, agency`);
    }
    if (!ctx.ok) continue;
    units.push({
      code, name, type,
      parent: ctx.text('parent') || null,
      validFrom: dateCell(ctx, 'valid_from'),
      validTo: dateCell(ctx, 'valid_to'),
      successor: ctx.text('successor') || null,
      origin: { file: table.file, line: row.line, printed: name },
    });
  }
  return { units, ctxs };
}

// ---------- indicators ----------

const KINDS: IndicatorKind[] = ['count', 'rate', 'amount', 'score'];

function list(cell: string): string[] {
  return cell.split(/[+|]/).map((s) => s.trim()).filter(Boolean);
}

export function readIndicators(table: Table, fields: Map<string, number>, builtin: ReadonlyMap<string, IndicatorRecord>): { indicators: IndicatorRecord[]; ctxs: RowContext[] } {
  const indicators: IndicatorRecord[] = [];
  const ctxs: RowContext[] = [];
  for (const row of table.rows) {
    const ctx = new RowContext(table, row, fields);
    ctxs.push(ctx);
    const id = ctx.text('id');
    if (!/^[a-z][a-z0-9_]*$/.test(id)) ctx.report('error', 'id', 'bad-indicator-id', `indicator id ${quote(id)} must be lower-case letters, digits and _ (e.g. on_time_rate)`);
    const base = builtin.get(id);
    const kindText = fold(ctx.text('kind'));
    const kind = (KINDS as string[]).includes(kindText) ? (kindText as IndicatorKind) : base?.kind;
    if (!kind) ctx.report('error', 'kind', 'bad-indicator-kind', `kind ${quote(ctx.text('kind'))} is not one of count, rate, amount, score`);
    const better = fold(ctx.text('better'));
    if (better !== '' && better !== 'higher' && better !== 'lower') ctx.note('warning', 'better', 'bad-better', `better ${quote(ctx.text('better'))} is not higher or lower; using higher`);
    const maxText = ctx.text('max');
    const max = maxText === '' ? null : Number(maxText.replace(',', '.'));
    if (max !== null && !Number.isFinite(max)) ctx.note('warning', 'max', 'bad-max', `max ${quote(maxText)} is not a number; ignored`);
    const additiveText = fold(ctx.text('additive'));
    const additive = ['yes', 'true', '1', 'co', 'x'].includes(additiveText) ? true
      : ['no', 'false', '0', 'khong'].includes(additiveText) ? false
      : base?.additive ?? (kind === 'count' || kind === 'amount');
    if (!ctx.ok || !kind) continue;
    indicators.push({
      additive,
      id,
      nameVi: ctx.text('name_vi') || base?.nameVi || id,
      nameEn: ctx.text('name_en') || base?.nameEn || ctx.text('name_vi') || id,
      kind,
      unit: ctx.text('unit') || base?.unit || (kind === 'rate' ? '%' : ''),
      numerator: ctx.text('numerator') ? list(ctx.text('numerator')) : base?.numerator ?? [],
      denominator: ctx.text('denominator') ? list(ctx.text('denominator')) : base?.denominator ?? [],
      better: better === 'lower' ? 'lower' : better === 'higher' ? 'higher' : base?.better ?? 'higher',
      group: ctx.text('group') || base?.group || 'other',
      max: max !== null && Number.isFinite(max) ? max : base?.max ?? (kind === 'rate' ? 100 : null),
      aliases: [...(base?.aliases ?? []), ...list(ctx.text('aliases'))],
    });
  }
  return { indicators, ctxs };
}

// ---------- lookups ----------

/** Words that start indicator names in reports without changing them: "Số hồ sơ tiếp nhận". */
const NAME_PREFIX = /^(tong so luong|tong so|so luong|so|tong)\s+/;
const loose = (folded: string) => folded.replace(/[.:]+$/, '').replace(/\bti le\b/g, 'ty le').replace(NAME_PREFIX, '').replace(/^ho so\s+/, '');

export class IndicatorLookup {
  private readonly byKey = new Map<string, IndicatorRecord>();
  private readonly byLooseKey = new Map<string, IndicatorRecord | null>();
  constructor(readonly all: ReadonlyMap<string, IndicatorRecord>) {
    for (const ind of all.values()) {
      for (const k of [ind.id, ind.nameVi, ind.nameEn, ...ind.aliases]) {
        const f = fold(k);
        if (f && !this.byKey.has(f)) this.byKey.set(f, ind);
        const l = loose(f);
        // A loose name shared by two indicators matches neither.
        if (l) this.byLooseKey.set(l, this.byLooseKey.has(l) && this.byLooseKey.get(l) !== ind ? null : ind);
      }
      this.byKey.set(fold(ind.id), ind);
    }
  }
  /** Texts already looked up: a file names the same few indicators on every row. */
  private readonly seen = new Map<string, IndicatorRecord | undefined>();
  find(text: string): IndicatorRecord | undefined {
    const exact = this.all.get(text);
    if (exact) return exact;
    if (this.seen.has(text)) return this.seen.get(text);
    const f = fold(text);
    const found = this.byKey.get(f) ?? this.byLooseKey.get(loose(f)) ?? undefined;
    if (this.seen.size < 10_000) this.seen.set(text, found);
    return found;
  }
  /**
   * A spreadsheet's column header as an indicator: as `find`, and failing that with units in
   * brackets and punctuation left out (`Tỷ lệ đúng hạn (%)`, `Đã giải quyết (hồ sơ)`, `Trễ hạn:`).
   */
  private readonly bare = new Map<string, IndicatorRecord | undefined>();
  findHeader(header: string): IndicatorRecord | undefined {
    const direct = this.find(header);
    if (direct) return direct;
    if (this.bare.has(header)) return this.bare.get(header);
    const bare = header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[%*:;.,/\\–—-]+/g, ' ').replace(/\s+/g, ' ').trim();
    const found = bare && bare !== header ? this.find(bare) : undefined;
    if (this.bare.size < 10_000) this.bare.set(header, found);
    return found;
  }

  /** The `n` indicator names nearest a text, for "did you mean" in a message (no cut-off). */
  nearestNames(text: string, n = 3): string[] {
    const t = loose(fold(text));
    const scored: [number, string][] = [];
    for (const ind of this.all.values()) {
      let best = Infinity;
      for (const name of [ind.nameVi, ...ind.aliases]) best = Math.min(best, editDistance(t, loose(fold(name))) / Math.max(t.length, 1));
      scored.push([best, `${ind.nameVi} (${ind.id})`]);
    }
    return scored.sort((a, b) => a[0] - b[0]).slice(0, n).map(([, s]) => s);
  }

  suggest(text: string): string | null {
    return closest(fold(text).replace(/\s+/g, '_'), this.all.keys());
  }
}

const UNIT_PREFIX = /^(tinh|thanh pho|tp\.?|thi xa|tx\.?|huyen|quan|xa|phuong|thi tran|dac khu|so|ubnd|ubnd tinh|ubnd huyen)\s+/;

export class UnitLookup {
  private readonly byCode = new Map<string, UnitRecord>();
  private readonly byName = new Map<string, UnitRecord[]>();
  private readonly byLooseCode = new Map<string, UnitRecord[]>();
  constructor(units: UnitRecord[]) {
    for (const u of units) {
      this.byCode.set(u.code, u);
      const loose = u.code.replace(/^0+(?=\d)/, '');
      this.byLooseCode.set(loose, [...(this.byLooseCode.get(loose) ?? []), u]);
      const names = new Set([fold(u.name), fold(u.name).replace(UNIT_PREFIX, '')]);
      for (const n of names) this.byName.set(n, [...(this.byName.get(n) ?? []), u]);
    }
  }
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** A unit by code, by a code whose leading zeros a spreadsheet dropped, or by a unique name. */
  find(text: string): { unit?: UnitRecord; ambiguous?: UnitRecord[] } {
    const exact = this.byCode.get(text);
    if (exact) return { unit: exact };
    const loose = this.byLooseCode.get(text.replace(/^0+(?=\d)/, ''));
    if (loose?.length === 1) return { unit: loose[0] };
    const f = fold(text);
    const named = this.byName.get(f) ?? this.byName.get(f.replace(UNIT_PREFIX, ''));
    if (named?.length === 1) return { unit: named[0] };
    if (named && named.length > 1) return { ambiguous: named };
    return {};
  }
}

// ---------- observations ----------

export interface ObservationContext {
  indicators: IndicatorLookup;
  /** null: no units file, every unit value is a unit of its own. */
  units: UnitLookup | null;
  /** The file's number style (detectNumberStyle over its number cells): asked for only where a
   * cell's reading may depend on it (styleMatters), so that a file whose figures never do is not
   * scanned for it (read.ts makes it a getter). */
  style: NumberStyle;
  dimensions: Map<string, number>;
  /** The catalogue's codes for dimension values as written (`Trực tuyến` → `truc_tuyen`). */
  dimensionValues?: DimensionLookup;
  /** Dimension values seen so far → the one object rows with them share. */
  dimsCache?: Map<string, Record<string, string>>;
  /** The last row's dimension cells, as they were, and their object: the next row, most often
   * with the same cells, shares it without its key being made and looked up. */
  lastDims?: { columns: number[]; cells: Cell[]; dims: Record<string, string> };
  /** Sources and notes seen so far, kept once each. */
  texts?: KeptTexts;
  /** The units rows name, kept once each. */
  unitNames?: KeptTexts;
}

/** Texts kept once each (at most `max`), and the last one asked for. */
interface KeptTexts { kept: Map<string, string>; last: string; max: number }

const keptTexts = (max: number): KeptTexts => ({ kept: new Map(), last: '', max });

/** The string kept for a text (its first, made its own). Rows come in runs (a unit's indicators,
 * one source): the text the last row gave is compared first, which costs less than hashing a new
 * string of the line for the look-up (a million rows' units, sources and notes: 0.25 s of reading). */
function once(k: KeptTexts, text: string): string {
  if (text === k.last) return k.last;
  let own = k.kept.get(text);
  if (own === undefined) {
    own = detached(text);
    if (k.kept.size < k.max) k.kept.set(own, own);
  }
  k.last = own;
  return own;
}

/** One string per distinct text: a source repeated on a million rows is kept once. */
export const shared = (oc: ObservationContext, text: string): string => (text === '' ? text : once((oc.texts ??= keptTexts(10_000)), text));

/** One string per unit named: a commune's name on a thousand rows is kept once. */
export const unitOf = (oc: ObservationContext, unit: string): string => once((oc.unitNames ??= keptTexts(100_000)), unit);

/** The dimensions of a total: one shared, empty object. */
export const NO_DIMS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function qualifierCell(ctx: RowContext, printed: Qualifier): Qualifier {
  const t = ctx.text('qualifier');
  if (t === '') return printed;
  const q = Object.hasOwn(QUALIFIERS, fold(t)) ? QUALIFIERS[fold(t)] : undefined;
  if (!q) { ctx.note('warning', 'qualifier', 'bad-qualifier', `qualifier ${quote(t)} is not one of =, >, <, ~ (or hơn, trên, dưới, gần, khoảng); ignored`); return printed; }
  if (printed !== '=' && q !== printed) ctx.note('warning', 'qualifier', 'qualifier-conflict', `the qualifier column says ${q} but the value says ${printed}; using ${q}`);
  return q;
}

/** What is wrong with a figure's value for its indicator's kind and range (null: nothing), the
 * message naming the value as printed. */
export function rangeFault(ind: IndicatorRecord, n: PrintedNumber, printed: string): { code: string; message: string } | null {
  if (ind.kind === 'count' || ind.kind === 'amount') {
    if (n.percent) return { code: 'percent-on-count', message: `${quote(printed)} is a percentage but ${ind.id} is a ${ind.kind}` };
    if (n.value < 0) return { code: 'negative-count', message: `${quote(printed)}: ${ind.id} cannot be negative` };
    if (ind.kind === 'count' && !Number.isInteger(n.value)) return { code: 'fractional-count', message: `${quote(printed)}: ${ind.id} is a count and cannot have a fraction` };
  } else if (ind.kind === 'rate') {
    if (n.value < 0 || n.value > (ind.max ?? 100)) return { code: 'rate-out-of-range', message: `${quote(printed)}: a percentage must be between 0 and ${ind.max ?? 100}` };
  } else if (ind.kind === 'score' && ind.max !== null && (n.value < 0 || (n.value > ind.max && !ind.partOf))) {
    return { code: 'score-out-of-range', message: `${quote(printed)}: ${ind.id} is scored from 0 to ${ind.max}` };
  }
  return null;
}

export function checkRange(ctx: RowContext, field: string, ind: IndicatorRecord, n: PrintedNumber, printed: string): void {
  const fault = rangeFault(ind, n, printed);
  if (fault) ctx.report('error', field, fault.code, fault.message);
}

/** The dimension values of a row's cells (only the dimensions' columns are read): rows share one
 * object per set of values, so a million rows have a handful of them. */
export function dimensionsOf(oc: ObservationContext, cells: readonly Cell[]): Record<string, string> {
  let key = '';
  for (const [, i] of oc.dimensions) { const cell: Cell = cells[i]; key += `${cell === null || cell === undefined ? '' : String(cell).trim()}\u0001`; }
  const cache = (oc.dimsCache ??= new Map());
  const known = cache.get(key);
  if (known) return known;
  const dims: Record<string, string> = {};
  for (const [name, i] of oc.dimensions) {
    const cell: Cell = cells[i];
    const t = cell === null || cell === undefined ? '' : String(cell).trim();
    if (t !== '') dims[name] = detached(oc.dimensionValues ? oc.dimensionValues.canonical(name, t) : name === 'level' ? canonicalLevel(t) : t);
  }
  if (cache.size < 10_000) cache.set(key, dims);
  return dims;
}

/** Reads a row into `out`; whether it gave a figure (else its problems say why). */
export function readObservation(ctx: RowContext, oc: ObservationContext, out: Observations): boolean {
  const { table, row } = ctx;
  const periodText = ctx.text('period');
  const unitText = ctx.text('unit');
  const indicatorText = ctx.text('indicator');

  const period = parsePeriod(periodText);
  if (periodText === '') ctx.report('error', 'period', 'missing-period', 'the period is empty (merged cells in the spreadsheet? write it on every row)');
  else if (!period.ok) ctx.report('error', 'period', 'bad-period', period.message);

  let unit = unitText;
  if (unitText === '') ctx.report('error', 'unit', 'missing-unit', 'the unit is empty (merged cells in the spreadsheet? write it on every row)');
  else if (oc.units) {
    const found = oc.units.find(unitText);
    if (found.unit) unit = found.unit.code;
    else if (found.ambiguous) ctx.report('error', 'unit', 'ambiguous-unit', `${quote(unitText)} names ${found.ambiguous.length} units (${found.ambiguous.map((u) => u.code).join(', ')}): use the unit code`);
    // Otherwise it is placed later, among the built-in units (src/data/geo/placeUnits.ts).
  }

  const ind = indicatorText === '' ? undefined : oc.indicators.findHeader(indicatorText);
  if (indicatorText === '') ctx.report('error', 'indicator', 'missing-indicator', 'the indicator is empty');
  else if (!ind) {
    const hint = oc.indicators.suggest(indicatorText);
    ctx.report('error', 'indicator', 'unknown-indicator', `unknown indicator ${quote(indicatorText)}${hint ? ` (did you mean ${hint}?)` : ''}; declare it in indicators.csv to use it`);
  }

  const valueText = ctx.raw('value');
  const value = ind ? numberCell(ctx, 'value', ind.kind, oc, ind.max, 'the value', true) : null;
  if (ind && value) checkRange(ctx, 'value', ind, value, String(valueText));

  let numerator: number | null = null;
  let denominator: number | null = null;
  if (ind) {
    for (const part of ['numerator', 'denominator'] as const) {
      if (ctx.text(part) === '') continue;
      const n = numberCell(ctx, part, 'count', oc, null, `the ${part}`, false);
      if (!n) continue;
      if (ind.kind !== 'rate') { ctx.note('warning', part, 'counts-on-non-rate', `${ind.id} is a ${ind.kind}: its ${part} is ignored`); continue; }
      if (n.value < 0 || !Number.isInteger(n.value)) { ctx.note('error', part, 'bad-count', `the ${part} ${quote(ctx.text(part))} must be a whole number ≥ 0; ignored`); continue; }
      if (part === 'numerator') numerator = n.value; else denominator = n.value;
    }
    if (numerator !== null && denominator !== null && numerator > denominator && ind.better === 'higher') {
      ctx.note('warning', 'numerator', 'numerator-exceeds-denominator', `numerator ${numerator} is larger than denominator ${denominator}`);
    }
  }

  let dims: Record<string, string> = NO_DIMS;
  const last = oc.lastDims;
  let same = last !== undefined;
  for (let j = 0; same && j < last!.columns.length; j++) same = row.cells[last!.columns[j]] === last!.cells[j];
  if (same) dims = last!.dims;
  else if (oc.dimensions.size > 0) {
    dims = dimensionsOf(oc, row.cells);
    const columns = last?.columns ?? [...oc.dimensions.values()];
    oc.lastDims = { columns, cells: columns.map((i) => row.cells[i]), dims };
  }

  if (!ctx.ok || !period.ok || !ind || !value) return false;
  out.add(
    unitOf(oc, unit), period.period, ind.id, dims, value.value, qualifierCell(ctx, value.qualifier), value.decimals, numerator, denominator,
    shared(oc, ctx.text('source')), shared(oc, ctx.text('note')), table.file, row.line, ctx.column('value'), detached(String(valueText ?? '')),
  );
  return true;
}

// ---------- targets ----------

const OPS: Record<string, TargetOp> = { '>=': '>=', '≥': '>=', '=>': '>=', '>': '>=', '<=': '<=', '≤': '<=', '=<': '<=', '<': '<=', '=': '=', '==': '=' };

/** A text cell without the `'` a CSV export puts before `=`, `+`, `-`, `@` so a spreadsheet does
 * not run it (the app's own targets.csv writes the operator `=` as `'=`). */
export function unguard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export function readTarget(ctx: RowContext, oc: ObservationContext): TargetRecord | null {
  const periodText = ctx.text('period');
  const period = parsePeriod(periodText);
  if (!period.ok) ctx.report('error', 'period', 'bad-period', periodText === '' ? 'the period is empty' : period.message);
  const indicatorText = ctx.text('indicator');
  const ind = oc.indicators.findHeader(indicatorText);
  if (!ind) {
    const hint = oc.indicators.suggest(indicatorText);
    ctx.report('error', 'indicator', 'unknown-indicator', `unknown indicator ${quote(indicatorText)}${hint ? ` (did you mean ${hint}?)` : ''}`);
  }
  const opText = unguard(ctx.text('op')) || '>=';
  const op = Object.hasOwn(OPS, opText) ? OPS[opText] : undefined;
  if (!op) ctx.report('error', 'op', 'bad-op', `operator ${quote(opText)} is not one of >=, <=, =`);
  const unitText = ctx.text('unit');
  let unit: string | null = null;
  if (unitText !== '') {
    const found = oc.units?.find(unitText);
    if (found?.ambiguous) ctx.report('error', 'unit', 'ambiguous-unit', `${quote(unitText)} names ${found.ambiguous.length} units (${found.ambiguous.map((u) => u.code).join(', ')}): use the unit code`);
    // Not in the units file: placed later, among the built-in units.
    unit = found?.unit?.code ?? unitText;
  }
  const value = ind ? numberCell(ctx, 'value', ind.kind, oc, ind.max, 'the target', true) : null;
  if (ind && value) checkRange(ctx, 'value', ind, value, ctx.text('value'));
  if (!ctx.ok || !period.ok || !ind || !op || !value) return null;
  const level = ctx.text('level');
  return {
    plan: unguard(ctx.text('plan')), period: period.period, unit, level: level ? canonicalLevel(level) : null,
    indicator: ind.id, op, value: value.value, note: unguard(ctx.text('note')),
    origin: { file: ctx.table.file, line: ctx.row.line, printed: ctx.text('value') },
  };
}
