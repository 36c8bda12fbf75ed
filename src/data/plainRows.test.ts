// Plain rows read from the text: the same dataset as readObservation gives, row for row and
// problem for problem, and only plain rows are read that way.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDataset } from './read';
import { readPlainRows } from './plainRows';
import { csvTable } from './table';
import { KNOWN_HEADERS, mapColumns } from './columns';
import { IndicatorLookup, type ObservationContext } from './records';
import { Observations } from './observations';
import { CsvRows } from './csv';
import type { InputFile } from './types';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../model/dimensionAliases';

const enc = (s: string) => new TextEncoder().encode(s);
const both = (files: InputFile[]) => [false, true].map((plainRows) =>
  readDataset(files, { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer', plainRows }));
const same = (files: InputFile[]) => {
  const [full, plain] = both(files);
  expect(plain.observations.rows()).toEqual(full.observations.rows());
  expect(plain.problems).toEqual(full.problems);
  expect(plain.pendingUnits).toEqual(full.pendingUnits);
  return plain;
};

/** Which rows of a file readPlainRows leaves to the full reader. */
function slowRows(text: string): number[] {
  const { table } = csvTable('observations.csv', text, KNOWN_HEADERS, new Set(), null);
  const { fields, dimensions } = mapColumns('observations', table.header);
  const oc: ObservationContext = { indicators: new IndicatorLookup(new Map(BUILTIN_INDICATORS.map((i) => [i.id, i]))), units: null, style: 'unknown', dimensions };
  const slow: number[] = [];
  readPlainRows(table.rows as CsvRows, table.header.length, fields, oc, new Observations(8), table.file, { tick: () => {}, slow: (k) => slow.push(k), added: () => {} });
  return slow;
}

describe('which rows are plain', () => {
  const head = 'period,unit,indicator,value,numerator,denominator,level,channel,source\n';
  it('rows of digits, printed rates with their counts, and runs of the same cells are read from the text', () => {
    expect(slowRows(`${head}2025-07,00004,received_new,1103,,,xa,,S\n2025-07,00004,on_time_rate,90.31,904,1001,xa,,S\n2025-08,00008,received_new,0,,,,truc_tuyen,S\n`)).toEqual([]);
  });

  it('a row with quotes, too few or too many cells, or anything to say goes to the full reader', () => {
    const rows = [
      '2025-07,00004,received_new,1103,,,xa,,"S, T"', // 0: quoted
      '2025-07,00004,received_new,1103,,,xa', // 1: too few cells
      '2025-07,00004,received_new,1103,,,xa,,S,', // 2: one more (empty) cell
      '2025-07,00004,received_new,-,,,xa,,S', // 3: no figure
      '2025-07,00004,on_time_rate,101,,,xa,,S', // 4: a rate over 100
      '2025-07,00004,received_new,12,5,6,xa,,S', // 5: counts on a count
      '2025-07,00004,on_time_rate,90,7,6,xa,,S', // 6: numerator over denominator
      '2025-13,00004,received_new,1,,,xa,,S', // 7: no such month
      '2025-07,00004,no_such_thing,1,,,xa,,S', // 8: unknown indicator
      '2025-07,,received_new,1,,,xa,,S', // 9: no unit
      '2025-07,00004,received_new, 7,,,xa,,S', // 10: plain, the value with a space before it
    ];
    expect(slowRows(head + rows.join('\n'))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a table without a column a figure needs goes to the full reader whole', () => {
    expect(slowRows('period,indicator,value\n2025,received_new,5\n2025,received_new,6\n')).toEqual([0, 1]);
  });

  it('a qualifier written in its column goes to the full reader', () => {
    expect(slowRows('period,unit,indicator,value,qualifier\n2025,X,received_new,5,\n2025,X,received_new,5,>\n')).toEqual([1]);
  });
});

describe('the same dataset as the full reader', () => {
  it('on a file of plain and odd rows, in vi and en numbers, LF and CR LF', () => {
    const rows = [
      'Kỳ;Đơn vị;Chỉ tiêu;Giá trị;Tử số;Mẫu số;Cấp;Kênh;Nguồn;Ghi chú',
      'Quý I/2025;Xã Đông;Tiếp nhận;1.234;;;Xã;;Báo cáo số 12; ',
      'Quý I/2025;Xã Đông;Tỷ lệ giải quyết đúng hạn;99,5%;199;200;Xã;;Báo cáo số 12;',
      'Quý I/2025;Xã Đông;Tỷ lệ giải quyết đúng hạn;99,5;;;Huyện;Trực tuyến;Báo cáo số 12;x',
      'Quý I/2025;Xã Tây;Tiếp nhận;0012;;;Xã;;Báo cáo số 12;',
      'Quý I/2025;Xã Tây;Tiếp nhận;khoảng 40;;;Xã;;Báo cáo số 12;',
      'Quý I/2025;Xã Tây;Tiếp nhận;không có;;;Xã;;Báo cáo số 12;',
      'Quý I/2025; Xã Tây ;Tiếp nhận;5;;;Xã;;"Báo cáo; số 13";',
      'Quý I/2025;Xã Tây;Tiếp nhận;5;;',
    ];
    for (const nl of ['\n', '\r\n']) {
      const r = same([{ name: 'so-lieu.csv', content: enc(rows.join(nl) + nl) }]);
      expect(r.observations.rows().map((o) => [o.unit, o.indicator, o.value, o.origin.printed])).toEqual([
        ['Xã Đông', 'received', 1234, '1.234'],
        ['Xã Đông', 'on_time_rate', 99.5, '99,5%'],
        ['Xã Đông', 'on_time_rate', 99.5, '99,5'],
        ['Xã Tây', 'received', 12, '0012'],
        ['Xã Tây', 'received', 40, 'khoảng 40'],
        ['Xã Tây', 'received', 5, '5'],
        ['Xã Tây', 'received', 5, '5'],
      ]);
    }
  });

  it('after a row given up half-way, the next row has its own dimensions', () => {
    // The second row's level is taken, then its qualifier sends it to the full reader; the third
    // has the same level as the second, and a plain qualifier.
    const text = 'period,unit,indicator,value,level,qualifier\n2025,X,received_new,1,xa,\n2025,X,received_new,2,huyen,>\n2025,X,received_new,3,huyen,\n';
    const r = same([{ name: 'observations.csv', content: enc(text) }]);
    expect(r.observations.rows().map((o) => [o.value, o.qualifier, o.dims])).toEqual([[1, '=', { level: 'xa' }], [2, '>', { level: 'huyen' }], [3, '=', { level: 'huyen' }]]);
  });

  it('past the cells a column keeps: 9,000 units, and dimension cells of 1,100 kinds', () => {
    // Units past the 8,192 kept, dimension cells past the 1,024 that key a set by number; the
    // rows go back to the first units and levels after.
    const rows = Array.from({ length: 9000 }, (_, i) => `2025,U${i},received_new,${i},L${i % 3},C${i % 1100}`);
    const again = Array.from({ length: 1200 }, (_, i) => `2025,U${8999 - i},received_new,${i},L${i % 3},C${(i * 7) % 1100}`);
    const text = ['period,unit,indicator,value,level,channel', ...rows, ...again].join('\n');
    const r = same([{ name: 'observations.csv', content: enc(text) }]);
    expect(r.observations.length).toBe(10200);
    expect(r.observations.at(10199)).toMatchObject({ unit: 'U7800', value: 1199, dims: { level: 'l2', channel: `C${(1199 * 7) % 1100}` } });
  });

  it('on any file of such rows (property)', () => {
    const cell = (options: string[]) => fc.constantFrom(...options);
    const row = fc.tuple(
      cell(['2025-07', '2025-08', 'Quý I/2025', '2025-13', '', ' 2025-07']),
      cell(['00004', '00008', 'Xã Đông', '', ' 00004 ']),
      cell(['received_new', 'on_time_rate', 'Tiếp nhận', 'resolved_on_time', 'nothing', '']),
      cell(['1103', '0', '007', '90.31', '99,5', '1.234', '-', '', '101', '12%', ' 5', 'abc', '1234567890123456', 'khoảng 40', '>5', '≥ 90%']),
      cell(['', '904', '12.5', ' ']),
      cell(['', '1001', '900']),
      cell(['xa', '', 'Huyện', 'tinh']),
      cell(['', 'truc_tuyen', 'Trực tuyến']),
      cell(['S', '', '"S, T"', 'Nguồn "A"']),
      cell(['', '', '', '>']),
      cell(['', 'Tỉnh A', ' Tỉnh B ']),
    ).map((cells) => cells.join(','));
    const line = fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: cell(['', '2025-07,00004', '2025-07,00004,received_new,5,,,xa,,S,,,,']) });
    fc.assert(fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), (lines, nl) => {
      const text = ['period,unit,indicator,value,numerator,denominator,level,channel,source,qualifier,parent', ...lines].join(nl);
      same([{ name: 'observations.csv', content: enc(text) }]);
    }), { numRuns: 300 });
  });
});
