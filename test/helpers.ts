// Reading fixtures from disk the way the CLI does (bytes, names relative to the repo root).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../src/data/types';
import { loadDataset, type Model } from '../src/model/model';

export function filesIn(path: string): InputFile[] {
  const names = statSync(path).isDirectory()
    ? readdirSync(path).filter((n) => /\.(csv|json|tsv|txt|xlsx)$/i.test(n)).sort().map((n) => join(path, n))
    : [path];
  return names.map((name) => ({ name, content: new Uint8Array(readFileSync(name)) }));
}

export function loadFixture(path: string): Model {
  return loadDataset(filesIn(path));
}

/** A dataset made in the test from CSV texts: `{ 'observations.csv': '...' }`. */
export function loadTexts(files: Record<string, string>): Model {
  return loadDataset(Object.entries(files).map(([name, text]) => ({ name, content: new TextEncoder().encode(text) })));
}
