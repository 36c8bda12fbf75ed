// The exported targets.csv: the contract's columns in order, a BOM, formula-like text made inert,
// and the reader takes it back as it was (data:check finds no error).
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetsCsv } from './csv';
import { applyEdits, datasetTargetIds, draftOf } from './edits';
import { seeds } from '../views/seeds.testutil';
import { loadFixture } from '../../../test/helpers';

describe('targets.csv', () => {
  const base = seeds().targets;
  const ids = datasetTargetIds(base);
  const plan = applyEdits(base, [
    { id: ids[7], target: { ...draftOf(base[7]), value: 92.5, note: '-2 điểm so với 2021; "mục tiêu" mới' }, updated: 1 },
    { id: ids[0], target: null, updated: 2 },
    { id: 'u:1', target: { plan: '=KH 9', period: '2020-07-01/2023-06-30', unit: '259', level: 'huyen', indicator: 'resolution_rate', op: '=', value: 99, note: '' }, updated: 3 },
  ]).map((t) => t.target);
  const text = targetsCsv(plan);

  it('writes the contract columns, numbers with a dot, and guards text a spreadsheet would run', () => {
    const lines = text.split('\r\n');
    expect(text.startsWith('\ufeffplan,period,unit,level,indicator,op,value,note\r\n')).toBe(true);
    expect(lines).toHaveLength(plan.length + 2);
    expect(lines[1]).toBe('KH 798/KH-UBND,2022,06,,procedures_internal_process_rate,>=,100,"100% TTHC xây dựng quy trình nội bộ giải quyết TTHC kịp thời, đúng quy định"');
    expect(lines[7]).toBe('KH 798/KH-UBND,2022,06,,satisfaction_rate,>=,92.5,"\'-2 điểm so với 2021; ""mục tiêu"" mới"');
    expect(lines[9]).toBe("'=KH 9,2020-07-01/2023-06-30,259,huyen,resolution_rate,'=,99,");
    expect(lines[10]).toBe('');
  });

  it('read back next to the seeds\' other files: no error, the same targets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'targets-csv-'));
    for (const f of ['observations.csv', 'units.csv', 'indicators.csv']) copyFileSync(join('fixtures/seeds', f), join(dir, f));
    writeFileSync(join(dir, 'targets.csv'), text);
    const m = loadFixture(dir);
    expect(m.problems.filter((p) => p.severity === 'error' || p.file.endsWith('targets.csv'))).toEqual([]);
    expect(m.targets.map(draftOf)).toEqual(plan.map(draftOf));
  });
});
