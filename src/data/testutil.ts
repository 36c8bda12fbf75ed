// For the tests of readings put together from parts (a file read in two parts, csvSplit.ts; a
// partitioned dataset read a partition at a time, partReadings.ts): the same reading as one
// readDataset of all the files.
import { expect } from 'vitest';
import { plainProblem } from './deferredProblem';
import { sortProblems } from '../model/model';
import type { RawDataset } from './types';

/** The same rows in the same order, the same problems (the model sorts them by place), units to
 * place, targets, units, files and synthetic mark. */
export function expectSameRead(joined: RawDataset, whole: RawDataset): void {
  expect(joined.observations.length).toBe(whole.observations.length);
  expect(joined.observations.rows()).toEqual(whole.observations.rows());
  expect(sortProblems(joined.problems).map(plainProblem)).toEqual(sortProblems(whole.problems).map(plainProblem));
  expect(joined.pendingUnits).toEqual(whole.pendingUnits);
  expect(joined.targets).toEqual(whole.targets);
  expect(joined.units).toEqual(whole.units);
  expect(joined.synthetic).toBe(whole.synthetic);
  expect(joined.files).toEqual(whole.files);
}
