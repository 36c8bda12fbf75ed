// The one dataset reader, used by the CLI, the tests and the web app's worker.
// Files in any order: units and indicators are read first, since observations name them.
import type { DimensionValueRecord, IndicatorRecord, InputFile, Problem, RawDataset, TargetRecord, UnitRecord } from './types';
import { decode } from './decode';
import { csvTable, jsonTables, type Table } from './table';
import { CsvRows } from './csv';
import { KNOWN_HEADERS, REQUIRED, mapColumns, roleOf, type Role } from './columns';
import { RowContext } from './rowContext';
import { meltWide } from './wide';
import { periodFromTitle, stackHeader } from './headerRows';
import { isZip, xlsxTables } from './xlsx';
import { DimensionLookup, readDimensions } from './dimensions';
import { IndicatorLookup, UnitLookup, readIndicators, readObservation, readTarget, readUnits, type ObservationContext } from './records';
import { detectNumberStyle, type NumberStyle } from './number';
import { ProblemLog } from './problemLog';
import type { DatasetGeometry, PendingUnit } from './types';
import { isGeometry } from './geo/geometry';
import { detached, keyOf } from './text';
import type { Reference } from './geo/reference';
import { placeUnits } from './geo/placeUnits';
import { Observations } from './observations';
import { readPlainRows } from './plainRows';
import type { TableRow } from './table';

export interface ReadOptions {
  /** The built-in catalogue (src/model/catalogue.ts); the dataset may extend it. */
  catalogue: readonly IndicatorRecord[];
  /** The built-in dimension values (src/model/dimensions.ts), for reading `Trực tuyến` as `truc_tuyen`. */
  dimensions?: readonly DimensionValueRecord[];
  /**
   * Vietnam's built-in units, for units named by code or name (null: none, every unknown unit
   * joins the flat list). `'defer'` leaves them in `pendingUnits` for placeUnits, so a worker can
   * fetch the reference only when a dataset needs it.
   */
  reference?: Reference | null | 'defer';
  /** Told how many rows of how many were read, every few thousand (the worker posts it as progress). */
  onProgress?: (rows: number, total: number) => void;
  /** Told of each observations or targets table as its rows are about to be read: how it was
   * understood (a file read in parts checks that each part was read the same way, csvSplit.ts);
   * `styleOfTable` gives its number style, found from its number cells if its reading did not. */
  onTable?: (table: TableReading, styleOfTable: () => NumberStyle) => void;
  /** Room kept for this many rows more than the files have (the second part of a file read in
   * parts is put in after them: csvSplit.ts); the observations are then not trimmed. */
  reserveRows?: number;
  /** Room made ahead (observationsAhead, empty): the rows go in it where it holds them all (with
   * reserveRows), and its typed columns keep their room rather than being copied to fit. */
  room?: Observations | null;
  /** false: every row of an observations file read by readObservation, none by readPlainRows
   * (for the tests that hold both to the same dataset). */
  plainRows?: boolean;
}

export interface TableReading {
  file: string;
  role: 'observations' | 'targets';
  header: string[];
  headerLine: number;
  /** The number style its figures were read by, once its rows are read; null where no figure's
   * reading depended on it (styleMatters), and its number cells were not scanned for it. */
  style: NumberStyle | null;
  /** Where its rows go among the observations read (observations only). */
  firstRow: number;
}

function isJson(name: string, text: string): boolean {
  if (/\.(json|geojson|topojson)$/i.test(name)) return true;
  if (/\.(csv|tsv|txt)$/i.test(name)) return false;
  return /^\s*[[{]/.test(text);
}

function fileProblem(file: string, line: number, code: string, message: string): Problem {
  return { severity: 'error', file, line, column: 1, code, message };
}

/** Cells that hold figures, for telling `1.280` (vi) from `1.280` (en) by the rest of the file. */
function* numberCells(table: Table, fields: Map<string, number>): Generator<string> {
  const cols = ['value', 'numerator', 'denominator'].map((f) => fields.get(f)).filter((i): i is number => i !== undefined);
  if (table.rows instanceof CsvRows) { yield* table.rows.numberTextsOf(cols); return; }
  for (const row of table.rows) for (const i of cols) { const c = row.cells[i]; if (typeof c === 'string') yield c; }
}

/** Header names that tell a header row from a title above it, besides the columns we know: the
 * catalogue's indicator names (an office's sheet is headed `Đơn vị, Tiếp nhận, Đã giải quyết`). */
export function headerNames(catalogue: readonly IndicatorRecord[]): Set<string> {
  return new Set(catalogue.flatMap((i) => [i.id, i.nameVi, ...i.aliases].map(keyOf)));
}

export function readDataset(files: InputFile[], options: ReadOptions): RawDataset {
  const problems = new ProblemLog();
  const byRole: Record<Role, { table: Table; fields: Map<string, number>; dimensions: Map<string, number> }[]> = {
    observations: [], units: [], indicators: [], targets: [], dimensions: [],
  };

  const names = headerNames(options.catalogue);
  const pending: Table[] = [];
  const geometries: DatasetGeometry[] = [];
  for (const f of files) {
    if (typeof f.content !== 'string' && isZip(f.content)) {
      const book = xlsxTables(f.name, f.content, KNOWN_HEADERS, names);
      if (book) {
        problems.addAll(book.problems);
        for (const table of book.tables) pending.push(table);
        continue;
      }
    }
    const decoded = decode(f.name, f.content);
    problems.addAll(decoded.problems);
    if (decoded.text === null) continue;
    if (decoded.text.trim() === '') {
      problems.add(fileProblem(f.name, 1, 'empty-file', `${f.name} is empty`));
      continue;
    }
    // A map the dataset brings for its units, not a table.
    if (isJson(f.name, decoded.text) && /^\s*\{\s*"type"\s*:\s*"(FeatureCollection|Topology)"/.test(decoded.text.slice(0, 200)) || /\.(geojson|topojson)$/i.test(f.name)) {
      try {
        const json: unknown = JSON.parse(decoded.text);
        if (isGeometry(json)) { geometries.push({ file: f.name, json }); continue; }
        problems.add(fileProblem(f.name, 1, 'bad-geometry', `${f.name} is neither a GeoJSON FeatureCollection nor a TopoJSON Topology`));
      } catch (e) {
        problems.add(fileProblem(f.name, 1, 'json-syntax', `${f.name}: ${(e as Error).message}`));
      }
      continue;
    }
    const tables = isJson(f.name, decoded.text)
      ? jsonTables(f.name, decoded.text)
      : (() => { const r = csvTable(f.name, decoded.text!, KNOWN_HEADERS, names, f.lines ?? null); return { tables: [r.table], problems: r.problems }; })();
    problems.addAll(tables.problems);
    for (const table of tables.tables) pending.push(table);
  }

  // Rows wider than their header: a value split by an unquoted comma, most often.
  const widthOk = (t: Table, ctx: RowContext) => {
    // One cell where the header has several, holding another delimiter: the row uses a different one.
    if (t.strictWidth && t.header.length > 2 && ctx.row.cells.length === 1) {
      const cell = String(ctx.row.cells[0] ?? '');
      const other = [',', ';', '\t', '|'].find((d) => cell.split(d).length >= t.header.length - 1);
      if (other) {
        ctx.report('error', 1, 'wrong-delimiter', `this row is separated by ${JSON.stringify(other)} but the header by another delimiter; use one delimiter in the whole file`);
        return false;
      }
    }
    if (!t.strictWidth || ctx.row.cells.length <= t.header.length) return true;
    const extra = ctx.row.cells.slice(t.header.length);
    if (extra.every((c) => String(c ?? '').trim() === '')) return true;
    ctx.report('error', t.header.length + 1, 'row-too-wide', `this row has ${ctx.row.cells.length} cells but the header has ${t.header.length}: is a number like 99,14 unquoted in a comma-separated file? Quote it ("99,14") or separate with ";"`);
    return false;
  };

  // Classify tables; observations tables may be wide, which needs every indicator known, so
  // indicators files are read first.
  const classified = pending.map((table) => ({ table, role: roleOf(table.file, table.jsonKey, table.header) }));
  const builtin = new Map(options.catalogue.map((i) => [i.id, i]));
  const all = new Map(builtin);
  const declared: IndicatorRecord[] = [];
  const indicatorTables = classified.filter((c) => c.role === 'indicators' && REQUIRED.indicators.every((r) => mapColumns('indicators', c.table.header).fields.has(r)));
  for (const { table } of indicatorTables) {
    const r = readIndicators(table, mapColumns('indicators', table.header).fields, builtin);
    r.ctxs.forEach((c) => { widthOk(table, c); problems.addAll(c.problems); });
    for (const ind of r.indicators) { all.set(ind.id, ind); declared.push(ind); }
  }
  const indicators = new IndicatorLookup(all);
  // dimensions.csv next: a wide sheet's columns named by a declared dimension are dimensions.
  const dimensionTables = classified.filter((c) => c.role === 'dimensions' && REQUIRED.dimensions.every((r) => mapColumns('dimensions', c.table.header).fields.has(r)));
  const declaredDimensions: DimensionValueRecord[] = [];
  for (const { table } of dimensionTables) {
    const r = readDimensions(table, mapColumns('dimensions', table.header).fields);
    r.ctxs.forEach((c) => { widthOk(table, c); problems.addAll(c.problems); });
    declaredDimensions.push(...r.values);
  }
  const dimensionValues = new DimensionLookup(options.dimensions ?? [], declaredDimensions);

  for (const { table: original, role: found } of classified) {
    if (indicatorTables.some((t) => t.table === original) || dimensionTables.some((t) => t.table === original)) continue;
    const file = original.file;
    let table = original;
    let role = found;
    if (role === null || role === 'observations') {
      // The national form: a header over several rows, the period in the title.
      for (const step of [stackHeader, periodFromTitle]) {
        const r = step(table);
        problems.addAll(r.problems);
        table = r.table;
      }
      const melted = meltWide(table, indicators, dimensionValues.declared);
      if (melted) {
        problems.addAll(melted.problems);
        for (const row of melted.tooWide) problems.add({ severity: 'error', file, line: row.line, column: table.header.length + 1, code: 'row-too-wide', message: `this row has ${row.cells.length} cells but the header has ${table.header.length}: is a number like 99,14 unquoted in a comma-separated file? Quote it ("99,14") or separate with ";"` });
        problems.add({ severity: 'info', file, line: table.headerLine, column: 1, code: 'wide-table', message: `${file} has one column per ${melted.spread} (${melted.columns} columns): each filled cell is read as one figure` });
        table = melted.table;
        role = 'observations';
      }
    }
    if (!role) {
      if (table.jsonKey === null) problems.add(fileProblem(file, table.headerLine, 'unknown-file', `cannot tell what ${file} holds: an observations file needs the columns period, unit, indicator, value — or unit, indicator and one column per period, or unit, period and one column per indicator (found: ${table.header.slice(0, 8).map((h) => JSON.stringify(h)).join(', ') || 'no header'})`));
      continue;
    }
    const { fields, dimensions, rowNumbers } = mapColumns(role, table.header);
    if (role === 'observations' && rowNumbers.length > 0) problems.add({ severity: 'info', file, line: table.headerLine, column: rowNumbers[0] + 1, code: 'skipped-column', message: `${rowNumbers.map((i) => `"${table.header[i]}"`).join(', ')} ${rowNumbers.length === 1 ? 'is a row number' : 'are row numbers'}: skipped, not a dimension` });
    const missing = REQUIRED[role].filter((r) => !fields.has(r));
    if (missing.length > 0 && table.rows.length > 0) {
      problems.add(fileProblem(file, table.headerLine, 'missing-column', `${file} (${role}) has no column ${missing.map((m) => `"${m}"`).join(', ')}; found ${table.header.map((h) => JSON.stringify(h)).join(', ')}${table.header.length === 1 && /[,;\t|]/.test(table.header[0]) ? ' — is the delimiter right?' : ''}`));
      continue;
    }
    if (table.rows.length === 0) problems.add({ severity: 'warning', file, line: table.headerLine, column: 1, code: 'no-rows', message: `${file} has a header but no rows` });
    byRole[role].push({ table, fields, dimensions });
  }

  const units: UnitRecord[] = [];
  for (const { table, fields } of byRole.units) {
    const r = readUnits(table, fields);
    r.ctxs.forEach((c) => { widthOk(table, c); problems.addAll(c.problems); });
    units.push(...r.units);
  }
  const flatUnits = byRole.units.length === 0;

  // Room for every row of the observations files; given back once they are read.
  const reserve = options.reserveRows ?? 0;
  const need = byRole.observations.reduce((s, t) => s + t.table.rows.length, 0) + reserve;
  const room = options.room && options.room.length === 0 && options.room.capacity >= need ? options.room : null;
  const observations = room ?? new Observations(need);
  const targets: TargetRecord[] = [];
  const unitLookup = flatUnits ? null : new UnitLookup(units);
  // Units named by text that the units file does not hold: placed at the end, with the context
  // of the whole file (src/data/geo/placeUnits.ts).
  const pendingUnits: PendingUnit[] = [];
  const pendAt = (of: PendingUnit['of'], index: number, text: string, start: string, end: string, parent: string, file: string, line: number, column: number) => {
    const last = pendingUnits[pendingUnits.length - 1];
    // The row right after the last pending one, naming its unit the same way: one of its rows.
    if (last && last.of === of && last.text === text && last.parent === parent && last.start === start && last.end === end && last.file === file
      && (last.more ? last.more[last.more.length - 3] : last.index) === index - 1) {
      (last.more ??= []).push(index, line, column);
      return;
    }
    pendingUnits.push({ of, index, text, parent: detached(parent), start, end, file, line, column });
  };
  const pend = (of: PendingUnit['of'], index: number, ctx: RowContext, text: string, start: string, end: string) =>
    pendAt(of, index, text, start, end, ctx.text('parent'), ctx.table.file, ctx.row.line, ctx.column('unit'));
  const total = byRole.observations.reduce((s, t) => s + t.table.rows.length, 0) + byRole.targets.reduce((s, t) => s + t.table.rows.length, 0);
  let done = 0;
  for (const role of ['observations', 'targets'] as const) {
    for (const { table, fields, dimensions } of byRole[role]) {
      // The file's number style, found the first time a figure's reading depends on it: a file of a
      // million rows whose figures never do is not scanned for it (at 1M rows, 130 ms of 1,100 ms
      // read in node).
      let style: NumberStyle | null = null;
      const styleOfTable = () => (style ??= detectNumberStyle(numberCells(table, fields)));
      const oc: ObservationContext = { indicators, units: unitLookup, get style() { return styleOfTable(); }, dimensions, dimensionValues };
      const reading: TableReading = { file: table.file, role, header: table.header, headerLine: table.headerLine, style: null, firstRow: observations.length };
      options.onTable?.(reading, styleOfTable);
      const tick = () => { if (options.onProgress && ++done % 20_000 === 0) options.onProgress(done, total); };
      const readRow = (row: TableRow) => {
        const ctx = new RowContext(table, row, fields);
        if (widthOk(table, ctx)) {
          if (role === 'observations') {
            if (readObservation(ctx, oc, observations)) {
              const k = observations.length - 1;
              const unit = observations.unit[k];
              if (!unitLookup?.has(unit)) pend('observation', k, ctx, unit, observations.period[k].start, observations.period[k].end);
            }
          } else {
            const t = readTarget(ctx, oc);
            if (t) {
              if (t.unit !== null && !unitLookup?.has(t.unit)) pend('target', targets.length, ctx, t.unit, t.period.start, t.period.end);
              targets.push(t);
            }
          }
        }
        if (ctx.problems.length > 0) problems.addAll(ctx.problems);
      };
      const rows = table.rows;
      if (role === 'observations' && rows instanceof CsvRows && options.plainRows !== false) {
        const unitColumn = (fields.get('unit') ?? 0) + 1;
        readPlainRows(rows, table.header.length, fields, oc, observations, table.file, {
          tick,
          slow: (k) => readRow(rows.at(k)!),
          added: (k, parent, line) => {
            const unit = observations.unit[k];
            if (!unitLookup?.has(unit)) pendAt('observation', k, unit, observations.period[k].start, observations.period[k].end, parent, table.file, line, unitColumn);
          },
        });
      } else {
        for (const row of rows) { tick(); readRow(row); }
      }
      reading.style = style;
    }
  }
  // A unit of the units file may hang under a built-in one (its parent by official code or name).
  const ownCodes = new Set(units.map((u) => u.code));
  units.forEach((u, index) => {
    if (u.parent === null || ownCodes.has(u.parent)) return;
    const at = u.origin ?? { file: '', line: 1 };
    pendingUnits.push({ of: 'parent', index, text: u.parent, parent: '', start: u.validFrom ?? '', end: u.validTo ?? '', file: at.file, line: at.line, column: 4 });
  });

  if (byRole.observations.length === 0 && files.length > geometries.length && !problems.result().some((p) => p.severity === 'error')) {
    problems.add(fileProblem(files[0].name, 1, 'no-observations', 'the dataset has no observations file (columns period, unit, indicator, value)'));
  }

  if (reserve === 0) observations.trim(room === null);
  const synthetic = observations.length > 0 && observations.source.every((source) => /^SYNTHETIC/i.test(source));
  const raw: RawDataset = { units, indicators: declared, dimensions: declaredDimensions, observations, targets, problems: problems.result(), files: files.map((f) => f.name), flatUnits, todayUnits: [], pendingUnits, geometries, partitions: [], synthetic };
  return options.reference === 'defer' ? raw : placeUnits(raw, options.reference ?? null);
}
