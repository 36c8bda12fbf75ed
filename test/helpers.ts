// Reading fixtures from disk the way the CLI does (bytes, names relative to the repo root).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../src/data/types';
import type { Model, ModelOptions } from '../src/model/model';
import { loadDataset } from '../src/model/load';
import { builtinReference } from '../src/data/geo/nodeReference';

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
