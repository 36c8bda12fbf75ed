// A dataset folder's index.json: the files the dataset is made of, as the app and data:check
// read it. A large dataset is partitioned: `files` hold the national (or provincial) summary,
// loaded first, and each partition the files of the units under one unit, loaded when a reader
// drills into it:
//   { "files": ["summary.csv", "targets.csv"],
//     "partitions": [{ "unit": "24", "files": ["provinces/24.csv"] }, ...],
//     "synthetic": true }
// `synthetic: true` marks made-up data (npm run gen:data): the app says so in its header.

export interface DatasetIndex {
  files: string[];
  partitions: { unit: string; files: string[] }[];
  synthetic: boolean;
}

const names = (list: unknown): string[] => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

export function readIndex(json: unknown): DatasetIndex {
  const o = json && typeof json === 'object' && !Array.isArray(json) ? (json as { files?: unknown; partitions?: unknown; synthetic?: unknown }) : null;
  const list = Array.isArray(json) ? json : o && Array.isArray(o.files) ? o.files : null;
  if (!list) throw new Error('index.json should list the dataset\'s files: { "files": ["observations.csv", ...] }');
  const partitions = Array.isArray(o?.partitions)
    ? (o!.partitions as unknown[]).flatMap((p) => {
        const q = p as { unit?: unknown; files?: unknown };
        return typeof q?.unit === 'string' && q.unit.trim() !== '' ? [{ unit: q.unit.trim(), files: names(q.files) }] : [];
      })
    : [];
  return { files: names(list), partitions, synthetic: o?.synthetic === true };
}

/** The file names an index.json lists: `{ "files": [...] }` or a bare array. */
export function indexFiles(json: unknown): string[] {
  return readIndex(json).files;
}

/** Every file of the dataset: the summary and all partitions (what data:check reads). */
export function allIndexFiles(index: DatasetIndex): string[] {
  return [...index.files, ...index.partitions.flatMap((p) => p.files)];
}
