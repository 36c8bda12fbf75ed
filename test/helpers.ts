// Reading fixtures from disk the way the CLI does (bytes, names relative to the repo root).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../src/data/types';
import { buildModel, type Model, type ModelOptions } from '../src/model/model';
import { loadDataset } from '../src/model/load';
import { builtinReference } from '../src/data/geo/nodeReference';
import { readDataset } from '../src/data/read';
import { placeUnits } from '../src/data/geo/placeUnits';
import { partsAtTreeKeys, withPartUnits } from '../src/data/geo/partUnits';
import { BUILTIN_INDICATORS } from '../src/model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../src/model/dimensionAliases';

export function filesIn(path: string): InputFile[] {
  const names = statSync(path).isDirectory()
    ? readdirSync(path).filter((n) => /\.(csv|json|tsv|txt|xlsx|geojson|topojson)$/i.test(n)).sort().map((n) => join(path, n))
    : [path];
  return names.map((name) => ({ name, content: new Uint8Array(readFileSync(name)) }));
}

/** As data:check loads a dataset: with Vietnam's built-in units. */
export function loadFixture(path: string, options: ModelOptions = {}): Model {
  return loadDataset(filesIn(path), { reference: builtinReference(), ...options });
}

/** A dataset made in the test from CSV texts: `{ 'observations.csv': '...' }`. */
export function loadTexts(files: Record<string, string>, options: ModelOptions = {}): Model {
  return loadDataset(Object.entries(files).map(([name, text]) => ({ name, content: new TextEncoder().encode(text) })), { reference: builtinReference(), ...options });
}

/** A partitioned dataset (a folder with index.json) as the app's worker reads it: the summary and
 * the parts in `read`, units placed among the built-in ones, the other parts' units named. */
export function loadPartitioned(dir: string, read: string[] = [], options: ModelOptions = {}): Model {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: string[]; partitions: { unit: string; files: string[] }[] };
  const names = [...index.files, ...index.partitions.filter((p) => read.includes(p.unit)).flatMap((p) => p.files)];
  const files = names.map((n) => ({ name: n.split('/').pop()!, content: new Uint8Array(readFileSync(join(dir, n))) }));
  const raw = readDataset(files, { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' });
  const ref = builtinReference();
  const partitions = index.partitions.map((p) => ({ ...p, loaded: read.includes(p.unit) }));
  return buildModel(withPartUnits(partsAtTreeKeys(placeUnits({ ...raw, partitions }, ref)), ref), options);
}
