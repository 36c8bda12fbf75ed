// Shapes shared by the reader (src/data) and the model (src/model).
// These mirror the dataset contract in README.md: a change here is a change to a promise.
import type { Observations } from './observations';
import type { LineFacts } from './lineScan';

export type Severity = 'error' | 'warning' | 'info';

/** One finding about the input, always pinned to a place in a file (1-based line and column). */
export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  column: number;
  /** Stable, kebab-case code, e.g. `rate-truncated`, `unknown-indicator`. */
  code: string;
  message: string;
  /** The figures the problem is about, where a check knows them (the page marks them). */
  figures?: FigureRef[];
}

/** A figure by its key: unit code, canonical period, indicator id and dimensions key (`''` for the total). */
export interface FigureRef {
  unit: string;
  period: string;
  indicator: string;
  dims: string;
}

export type Qualifier = '=' | '>' | '<' | '~';

export type IndicatorKind = 'count' | 'rate' | 'amount' | 'score';

/** Kinds of period, for grouping in pickers and comparing like with like. */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'range';

/** A period stored as its first and last day (ISO dates), with its canonical key. */
export interface Period {
  start: string;
  end: string;
  kind: PeriodKind;
  /** Canonical, shortest exact form: `2022`, `2022-H1`, `2023-Q1`, `2024-07`, `2022-05-31`, `2020-07-01/2023-06-30`. */
  key: string;
}

/** Where a figure came from: the cell it was read from. */
export interface Origin {
  file: string;
  line: number;
  /** Column of the value cell (1-based), when known. */
  column?: number;
  /** The cell text as printed (value column). */
  printed: string;
}

/** A number read from a printed cell. */
export interface PrintedNumber {
  value: number;
  qualifier: Qualifier;
  /** Decimals as printed (`99,14` → 2), used to tell rounding from truncation. */
  decimals: number;
  /** The cell carried a percent sign. */
  percent: boolean;
}

export interface UnitRecord {
  code: string;
  name: string;
  /** `country`: the national root of the built-in units; `group`: the units a file names that no
   * list knows, listed side by side and never added up. */
  type: 'country' | 'province' | 'district' | 'commune' | 'agency' | 'group' | 'other';
  parent: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** The unit that took it in whole when it ended (`--today` adds its figures up there). */
  successor: string | null;
  /** A unit split among several when it ended: marked, never added to any of them. */
  splitInto?: { code: string; name: string }[];
  /** English name, where one exists (the built-in lists'). */
  nameEn?: string;
  /** From Vietnam's built-in lists rather than the dataset's units file. */
  builtin?: boolean;
  /** The official code, where the unit is one of Vietnam's units (its key may be `24.pre2025`). */
  official?: string;
  origin?: Origin;
}

export interface IndicatorRecord {
  id: string;
  nameVi: string;
  nameEn: string;
  kind: IndicatorKind;
  /** Display unit: `hồ sơ`, `%`, `VND`, `điểm`. */
  unit: string;
  /** For a rate: the count ids whose sum is the numerator / denominator. */
  numerator: string[];
  denominator: string[];
  better: 'higher' | 'lower';
  group: string;
  max: number | null;
  aliases: string[];
  /** Counts and amounts add up (units, levels) unless declared otherwise (e.g. a number of fields). */
  additive: boolean;
  /** For a group of a composite score (the six groups of the service index): the score it adds
   * up to. A group above its maximum is kept and reported by the model's checks
   * (`index-group-over-max`), not dropped as unreadable. */
  partOf?: string;
}

/** One published figure: a row of observations after parsing. */
/**
 * One value of a dimension (a breakdown such as `channel` or `service_level`), from the built-in
 * catalogue (src/model/dimensions.ts) or a dataset's dimensions.csv.
 */
export interface DimensionValueRecord {
  dimension: string;
  value: string;
  nameVi: string;
  nameEn: string;
  /** Other ways files write the value (`Trực tuyến`, `Mức độ 3`). */
  aliases: string[];
  /**
   * The complete sets the value belongs to: when every value of one set is present, the parts
   * are the whole and add up to a total. `['all']` for a value of the dimension's one set.
   */
  complete: string[];
  origin?: Origin;
}

export interface Observation {
  unit: string;
  period: Period;
  indicator: string;
  /** Dimension values; `{}` is the total. Keys are lower-case column names. */
  dims: Record<string, string>;
  value: number;
  qualifier: Qualifier;
  decimals: number;
  numerator: number | null;
  denominator: number | null;
  source: string;
  note: string;
  origin: Origin;
}

export type TargetOp = '>=' | '<=' | '=';

export interface TargetRecord {
  plan: string;
  period: Period;
  /** null: every unit. */
  unit: string | null;
  /** null: every level. */
  level: string | null;
  indicator: string;
  op: TargetOp;
  value: number;
  note: string;
  origin: Origin;
}

/** What the reader hands the model: records that parsed, and the problems of those that did not. */
export interface RawDataset {
  units: UnitRecord[];
  /** Indicators declared by the dataset (override or extend the built-in catalogue). */
  indicators: IndicatorRecord[];
  /** Dimension values declared by the dataset (dimensions.csv): extend the built-in catalogue. */
  dimensions: DimensionValueRecord[];
  /** One column per field (a million rows are not a million objects). */
  observations: Observations;
  targets: TargetRecord[];
  problems: Problem[];
  /** Files read, in order. */
  files: string[];
  /** True when no units file was given: units are placed among Vietnam's built-in units, and
   * those no list knows form a flat list. */
  flatUnits: boolean;
  /** Units only the view under today's units needs (`--today`): the units in force today that
   * took in the dataset's old ones. */
  todayUnits: UnitRecord[];
  /** Units named by text that still await placement among the built-in units (see placeUnits). */
  pendingUnits: PendingUnit[];
  /** Maps the dataset brings for its own units (GeoJSON or TopoJSON files). */
  geometries: DatasetGeometry[];
  /** A partitioned dataset's parts (index.json): the units under each are loaded on a drill.
   * `units`: a part not read yet, under a built-in unit: the built-in units it will bring (so the
   * unit picker finds a commune before its province's file comes; partUnits.ts). */
  partitions: { unit: string; files: string[]; loaded: boolean; units?: PartUnit[] }[];
  /** Made-up data (index.json says so, or every row's source starts with SYNTHETIC). */
  synthetic: boolean;
}

/** A built-in unit under a partition not read yet: its name, and its parent (the partition's unit,
 * or a unit listed before it). */
export interface PartUnit {
  code: string;
  name: string;
  nameEn: string;
  type: 'district' | 'commune';
  parent: string;
}

export interface DatasetGeometry {
  file: string;
  /** The parsed GeoJSON FeatureCollection or TopoJSON Topology. */
  json: unknown;
}

/** A unit named in a row that neither the units file nor anything else has placed yet. */
export interface PendingUnit {
  /** What names it: an observation's or a target's unit, or a unit's parent in the units file. */
  of: 'observation' | 'target' | 'parent';
  /** Index into observations, targets or units. */
  index: number;
  text: string;
  /** The row's parent hint (a parent column), '' when none. */
  parent: string;
  /** The period (or validity) that decides the era of a code or name: ISO first and last day, '' when unknown. */
  start: string;
  end: string;
  file: string;
  line: number;
  column: number;
  /**
   * The rows right after it that name the same unit the same way (same text, parent, period and
   * file), three numbers each: index, line, column. A file has a unit's figures together (a
   * commune's 18 indicators for a month): a million rows are some 60,000 pending units, not a
   * million objects, and each is placed once.
   */
  more?: number[];
}

/** A file handed to the reader: its name and its bytes (or already-decoded text). */
export interface InputFile {
  name: string;
  content: Uint8Array | string;
  /** A CSV file's part (csvSplit.ts): how its lines are numbered in the whole file. */
  lines?: { from: number; first: number };
  /** Its lines, counted as it came (lineScan.ts): where a large CSV file is cut, they number the cut. */
  lineFacts?: LineFacts;
}
