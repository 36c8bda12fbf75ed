// A dataset folder's index.json: the files the dataset is made of, as the app and data:check read it.

/** The file names an index.json lists: `{ "files": [...] }` or a bare array. */
export function indexFiles(json: unknown): string[] {
  const list = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { files?: unknown }).files) ? (json as { files: unknown[] }).files : null;
  if (!list) throw new Error('index.json should list the dataset\'s files: { "files": ["observations.csv", ...] }');
  return list.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
}
