// A partitioned dataset read a partition at a time, each partition's reading kept and put in
// before the next: what reading all its files at once gives — the same rows in the same order, the
// same problems (sorted by place), units to place, targets, files — and no reading kept where a
// partition's files gave more than observations.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset, type ReadOptions } from './read';
import { partReading, withParts, type PartReading } from './partReadings';
import { expectSameRead } from './testutil';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../model/dimensionAliases';
import { generate } from '../cli/genData';
import type { InputFile } from './types';

const OPTIONS: ReadOptions = { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' };
const read = (files: InputFile[]) => readDataset(files, OPTIONS);
const fileOf = (dir: string, path: string): InputFile => ({ name: path.split('/').pop()!, content: new Uint8Array(readFileSync(join(dir, path))) });

/** Loads the partitions in turn as the worker does, checking each step against reading all the files so far. */
function loadInTurn(base: InputFile[], partitions: InputFile[][]): number {
  const kept: PartReading[] = [];
  let before = read(base);
  let steps = 0;
  for (const files of partitions) {
    const names = new Set(files.map((f) => f.name));
    const latest = read([...base, ...files]);
    const joined = withParts(latest, names, kept);
    expect(joined).not.toBeNull();
    expectSameRead(joined!, read([...base, ...kept.flatMap((k) => partitions.find((p) => p[0].name === k.names[0])!), ...files]));
    const part = partReading(latest, names, before);
    expect(part).not.toBeNull();
    kept.push(part!);
    before = joined!;
    steps++;
  }
  return steps;
}

describe('a partitioned dataset read a partition at a time', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'parts-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives what reading all its files gives, partition after partition (gen:data --partition)', () => {
    generate({ rows: 100_000, out: tmp, seed: 3, partition: true });
    const provinces = readdirSync(join(tmp, 'provinces')).sort().slice(0, 3);
    const base = [fileOf(tmp, 'summary.csv'), fileOf(tmp, 'targets.csv')];
    expect(provinces.length).toBeGreaterThan(2);
    expect(loadInTurn(base, provinces.map((p) => [fileOf(tmp, `provinces/${p}`)]))).toBe(provinces.length);
  });

  it('with units named by name, problems in the partitions, and a partition of two files', () => {
    const base = [{ name: 'summary.csv', content: new TextEncoder().encode('period,unit,indicator,value\n2026-Q1,Tỉnh Bắc Ninh,received,10\n2026-Q1,24,resolved,abc\n') }];
    const p1 = [{ name: 'a.csv', content: new TextEncoder().encode('period,unit,parent,indicator,value\n2026-Q1,Xã Văn Lang,Tỉnh Thái Nguyên,received,4\n2026-Q1,Xã Văn Lang,Tỉnh Thái Nguyên,resolved,3\n2026-Q1,Xã Văn Lăng,Thái Nguyên,received,x\n') }];
    const p2 = [
      { name: 'b1.csv', content: new TextEncoder().encode('period;unit;indicator;value\n2026-Q1;Phường 1;received;1.234\n2026-Q1;Xã Không Có;received;5\n') },
      { name: 'b2.csv', content: new TextEncoder().encode('period,unit,indicator,value,note\n2026-Q1,Tỉnh Bắc Ninh,received,11,"hai\ndòng"\n') },
    ];
    expect(loadInTurn(base, [p1, p2])).toBe(2);
    // The fixture: a summary, then Bắc Ninh's and An Giang's communes.
    const dir = 'fixtures/partitioned';
    expect(loadInTurn([fileOf(dir, 'summary.csv')], [[fileOf(dir, 'provinces/24.csv')], [fileOf(dir, 'provinces/91.csv')]])).toBe(2);
  });

  it('keeps no reading of a partition that gave more than observations, or whose rows are not the last', () => {
    const base = [{ name: 'summary.csv', content: new TextEncoder().encode('period,unit,indicator,value\n2026-Q1,24,received,10\n') }];
    const targets = [{ name: 'plan.csv', content: new TextEncoder().encode('period,unit,indicator,op,value\n2026,24,on_time_rate,>=,95\n') }];
    expect(read([...base, ...targets]).targets).toHaveLength(1);
    expect(partReading(read([...base, ...targets]), new Set(['plan.csv']), read(base))).toBeNull();
    const units = [{ name: 'units.csv', content: new TextEncoder().encode('code,name,type,parent\nX1,Xã Một,xa,\n') }];
    expect(partReading(read([...base, ...units]), new Set(['units.csv']), read(base))).toBeNull();
    // Read before the dataset's own file: its rows come first, not last.
    const first = [{ name: 'a.csv', content: new TextEncoder().encode('period,unit,indicator,value\n2026-Q1,91,received,4\n') }];
    expect(partReading(read([...first, ...base]), new Set(['a.csv']), read(base))).toBeNull();
  });
});
