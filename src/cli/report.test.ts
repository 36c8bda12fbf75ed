// data:check's report, made from the model's columns: the values are the model's figures as the
// README's contract gives them, in its order, and the streamed JSON is JSON.stringify's text.
import { describe, expect, it } from 'vitest';
import { loadFixture, loadTexts } from '../../test/helpers';
import type { Model } from '../model/model';
import { dimsKey } from '../model/figure';
import { checkReport, writeCheckReport } from './report';

/** The contract's values made the plain way: a Figure per figure, sorted by comparing their texts. */
function valuesFromFigures(model: Model) {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return model.figures()
    .map((f) => ({
      unit: f.unit, period: f.period.key, indicator: f.indicator, dims: { ...f.dims },
      value: round(f.value), numerator: f.numerator, denominator: f.denominator, qualifier: f.qualifier,
      derived: f.derived !== 'published', published: f.published,
    }))
    .sort((a, b) => a.unit.localeCompare(b.unit) || a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator) || dimsKey(a.dims).localeCompare(dimsKey(b.dims)));
}

function written(model: Model): { text: string; pieces: number } {
  let text = '';
  let pieces = 0;
  writeCheckReport(model, (t) => { text += t; pieces++; });
  return { text, pieces };
}

const DATASETS: [string, () => Model][] = [
  ['the seeds', () => loadFixture('fixtures/seeds')],
  ['figures by level and channel, 2023 units under today\'s', () => loadFixture('fixtures/units/codes-across-2025', { today: '2026-12-01' })],
  ['a file with errors', () => loadFixture('fixtures/bad')],
];

describe('checkReport', () => {
  it.each(DATASETS)('%s: the values are the model\'s figures, in the contract\'s order', (_, load) => {
    const model = load();
    const report = checkReport(model);
    expect(report.values.length).toBe(model.figures().length);
    expect(report.values).toEqual(valuesFromFigures(model));
  });

  it('the seeds: Huyện Gò Quao\'s printed 94,85 % is recomputed from its counts, 6.272 / 6.612, the printed figure kept beside it', () => {
    const report = checkReport(loadFixture('fixtures/seeds'));
    expect(report.values.filter((v) => v.unit === '907' && v.indicator === 'resolution_rate' && v.period === '2020-01-01/2020-09-30' && !v.derived)).toEqual([{
      unit: '907', period: '2020-01-01/2020-09-30', indicator: 'resolution_rate', dims: { level: 'huyen' },
      value: 94.857834, numerator: 6272, denominator: 6612, qualifier: '=', derived: false, published: 94.85,
    }]);
  });

  it('orders units, periods and indicators as localeCompare does (not by code point), ties as the table has them', () => {
    const model = loadTexts({
      'observations.csv': [
        'unit_code,unit_name,period,indicator,value',
        'X9,Đơn vị 9,2025,received,9',
        'X10,Đơn vị 10,2025,received,10',
        'x1,Đơn vị x1,2025,received,1',
        'X10,Đơn vị 10,2024,received,8',
      ].join('\n'),
    });
    const ours = checkReport(model).values.filter((v) => v.indicator === 'received' && /^x/i.test(v.unit)).map((v) => `${v.unit} ${v.period}`);
    expect(ours).toEqual(['x1 2025', 'X10 2024', 'X10 2025', 'X9 2025']);
  });

  it('units the collator finds equal (the same code typed composed and decomposed) keep the table\'s order', () => {
    const composed = 'H\u00e0';
    const decomposed = 'Ha\u0300';
    const model = loadTexts({ 'observations.csv': ['unit_code,unit_name,period,indicator,value', `${decomposed},Hà,2025,received,2`, `${composed},Hà,2025,received,1`].join('\n') });
    const t = model.table;
    const tableOrder: number[] = [];
    for (let r = 0; r < t.size; r++) if ([composed, decomposed].includes(t.units.values[t.unit[r]]) && t.indicators.values[t.indicator[r]] === 'received') tableOrder.push(t.value[r]);
    expect(composed.localeCompare(decomposed)).toBe(0);
    expect(tableOrder).toHaveLength(2);
    const report = checkReport(model).values.filter((v) => v.indicator === 'received').map((v) => v.value);
    expect(report).toEqual(tableOrder);
    expect(checkReport(model).values).toEqual(valuesFromFigures(model));
  });
});

describe('writeCheckReport', () => {
  it.each(DATASETS)('%s: writes JSON.stringify(checkReport, null, 2) and a line end, byte for byte', (_, load) => {
    const model = load();
    expect(written(model).text).toBe(`${JSON.stringify(checkReport(model), null, 2)}\n`);
  });

  it('a dataset without problems writes "problems": [] as JSON.stringify does', () => {
    const model = loadTexts({ 'observations.csv': 'unit_code,unit_name,period,indicator,value\nT1,Tỉnh Một,2025,received,5\n', 'units.csv': 'code,name,level\nT1,Tỉnh Một,tinh\n' });
    const text = written(model).text;
    expect(JSON.parse(text)).toEqual(checkReport(model));
    expect(text).toBe(`${JSON.stringify(checkReport(model), null, 2)}\n`);
  });

  it('writes a large report in pieces, not as one string', () => {
    const rows = Array.from({ length: 400 }, (_, k) => `T1,Tỉnh Một,${2000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')},received,${k}`);
    const model = loadTexts({ 'observations.csv': `unit_code,unit_name,period,indicator,value\n${rows.join('\n')}\n`, 'units.csv': 'code,name,level\nT1,Tỉnh Một,tinh\n' });
    const { text, pieces } = written(model);
    expect(pieces).toBeGreaterThan(1);
    expect(text).toBe(`${JSON.stringify(checkReport(model), null, 2)}\n`);
  });
});
