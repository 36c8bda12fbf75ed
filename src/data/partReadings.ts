// A partitioned dataset's partitions, each read once. A drill into a province loads its partition
// (index.json); reading the dataset's own files and every partition loaded so far again, at each
// drill, grew with every province visited: at a million rows in 34 provinces, the 14th took 2.0 s
// of reading out of 4.4 s. Each partition's reading is kept (what its files gave: their rows,
// problems and units to place), and a new partition is read with the dataset's own files only;
// the kept readings are put in before it, in the order they were loaded: what reading all the
// files gives, in that order.
import type { PendingUnit, Problem, RawDataset } from './types';
import { spliceObservations, toWireObservations, type WireObservations } from './observationsWire';
import { movedPending } from './csvSplit';

/** What a partition's files gave: its rows (as they cross, to keep), problems and units to place. */
export interface PartReading {
  names: string[];
  rows: WireObservations;
  problems: Problem[];
  /** Its observations' units to place, their indices from its first row. */
  pending: PendingUnit[];
}

/** Where the rows of the files named `names` start: they are the last rows, or -1. */
function tailStart(raw: RawDataset, names: ReadonlySet<string>): number {
  const obs = raw.observations;
  let at = obs.length;
  while (at > 0 && names.has(obs.file[at - 1])) at--;
  for (let k = 0; k < at; k++) if (names.has(obs.file[k])) return -1;
  return at;
}

/**
 * The reading of the files named `names` within `raw` (read from the dataset's own files and
 * those, last), or null where they gave more than observations (`before`: the dataset's reading
 * without them, which had every unit, indicator, dimension, target and map `raw` may have) or are
 * not the last rows.
 */
export function partReading(raw: RawDataset, names: ReadonlySet<string>, before: RawDataset): PartReading | null {
  const same = raw.units.length === before.units.length && raw.indicators.length === before.indicators.length
    && raw.dimensions.length === before.dimensions.length && raw.targets.length === before.targets.length && raw.geometries.length === before.geometries.length;
  if (!same) return null;
  const at = tailStart(raw, names);
  if (at < 0) return null;
  // Only observations' units (a target's or a unit's parent would have changed the counts above).
  const pending = raw.pendingUnits.filter((p) => names.has(p.file));
  return {
    names: [...names],
    rows: toWireObservations(raw.observations, at, raw.observations.length).wire,
    problems: raw.problems.filter((p) => names.has(p.file)),
    pending: pending.map((p) => movedPending(p, -at)),
  };
}

/**
 * `raw` (read from the dataset's own files and the files named `latest`, last) with the kept
 * readings of `parts` put in before the latest's: what reading the dataset's files, each part's
 * and the latest's, in that order, gives (its problems in another order: they are sorted by place).
 * Null where the latest's rows are not the last.
 */
export function withParts(raw: RawDataset, latest: ReadonlySet<string>, parts: readonly PartReading[]): RawDataset | null {
  if (parts.length === 0) return raw;
  const at = tailStart(raw, latest);
  if (at < 0) return null;
  let observations = raw.observations;
  let added = 0;
  const partPending: PendingUnit[] = [];
  for (const part of parts) {
    observations = spliceObservations(observations, at + added, part.rows);
    for (const p of part.pending) partPending.push(movedPending(p, at + added));
    added += part.rows.length;
  }
  const isObservation = (p: PendingUnit) => p.of === 'observation';
  const pendingUnits = [
    ...raw.pendingUnits.filter((p) => isObservation(p) && p.index < at),
    ...partPending,
    ...raw.pendingUnits.filter((p) => isObservation(p) && p.index >= at).map((p) => movedPending(p, added)),
    ...raw.pendingUnits.filter((p) => !isObservation(p)),
  ];
  const files = [...raw.files.filter((f) => !latest.has(f)), ...parts.flatMap((p) => p.names), ...raw.files.filter((f) => latest.has(f))];
  const problems = [...raw.problems, ...parts.flatMap((p) => p.problems)];
  const sources = new Set(observations.source);
  const synthetic = observations.length > 0 && [...sources].every((s) => /^SYNTHETIC/i.test(s));
  return { ...raw, observations, pendingUnits, files, problems, synthetic };
}
