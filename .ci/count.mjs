// Prints "N passed, N failed" from the vitest JSON reports written by `npm test`.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['test-results/unit.json', 'test-results/e2e.json']) {
  if (!existsSync(file)) {
    console.log(`(${file} is missing: that runner did not finish)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  // A suite that failed to load has no failed tests of its own: count it once.
  failed += (r.numFailedTests ?? 0) || ((r.numFailedTestSuites ?? 0) > 0 ? 1 : 0);
}
// Browser tests skipped because Chromium could not be installed: said on its own line, before the count.
if (existsSync('test-results/e2e-skipped.txt')) {
  const r = existsSync('test-results/e2e.json') ? JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) : {};
  console.log(`${(r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)} browser tests skipped: ${readFileSync('test-results/e2e-skipped.txt', 'utf8').trim()}`);
}
console.log(`${passed} passed, ${failed} failed`);
