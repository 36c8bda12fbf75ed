// The built-in reference read from public/reference on disk: for data:check, the tests and the
// benchmarks (the web app fetches the same files in its load worker).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReference, REFERENCE_FILES, type Reference } from './reference';

export const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../public/reference/');

let cached: Reference | null = null;

export function builtinReference(): Reference {
  cached ??= parseReference({
    units2025: readFileSync(`${REFERENCE_DIR}${REFERENCE_FILES.units2025}`, 'utf8'),
    unitsPre2025: readFileSync(`${REFERENCE_DIR}${REFERENCE_FILES.unitsPre2025}`, 'utf8'),
    crosswalk: readFileSync(`${REFERENCE_DIR}${REFERENCE_FILES.crosswalk}`, 'utf8'),
  });
  return cached;
}
