// index.json: a dataset's files, its partitions, and whether it is made up.
import { describe, expect, it } from 'vitest';
import { allIndexFiles, indexFiles, readIndex } from './datasetIndex';

describe('readIndex', () => {
  it('reads a plain list, the files of a folder, and a partitioned dataset', () => {
    expect(indexFiles(['a.csv', 'b.csv'])).toEqual(['a.csv', 'b.csv']);
    expect(readIndex({ files: ['observations.csv'] })).toEqual({ files: ['observations.csv'], partitions: [], synthetic: false });
    const p = readIndex({ files: ['summary.csv'], partitions: [{ unit: '24', files: ['provinces/24.csv'] }, { unit: ' ', files: ['x.csv'] }, 'junk'], synthetic: true });
    expect(p).toEqual({ files: ['summary.csv'], partitions: [{ unit: '24', files: ['provinces/24.csv'] }], synthetic: true });
    expect(allIndexFiles(p)).toEqual(['summary.csv', 'provinces/24.csv']);
  });

  it('says what an index.json should look like when it is not one', () => {
    expect(() => readIndex({ data: 'x.csv' })).toThrow(/"files"/);
  });
});
