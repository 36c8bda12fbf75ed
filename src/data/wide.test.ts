// Wide tables as spreadsheets lay them out: one column per period or per indicator.
import { describe, expect, it } from 'vitest';
import { readDataset } from './read';
import { BUILTIN_INDICATORS } from '../model/catalogue';

const read = (name: string, text: string) => readDataset([{ name, content: new TextEncoder().encode(text) }], { catalogue: BUILTIN_INDICATORS });

describe('wide tables', () => {
  it('one column per period: each filled cell is a figure; problems point at that cell', () => {
    const r = read('bao-cao.csv', 'Đơn vị;Chỉ tiêu;Năm 2021;Năm 2022;Quý I/2023;Ghi chú\nX;received;25.969;45.820;7.834;\nX;resolved;25.925;45.817;;chưa có\nX;on_time_rate;99,83%;abc;100%;\n');
    expect(r.observations.rows().map((o) => [o.indicator, o.period.key, o.value, o.origin.line, o.origin.column])).toEqual([
      ['received', '2021', 25969, 2, 3], ['received', '2022', 45820, 2, 4], ['received', '2023-Q1', 7834, 2, 5],
      ['resolved', '2021', 25925, 3, 3], ['resolved', '2022', 45817, 3, 4],
      ['on_time_rate', '2021', 99.83, 4, 3], ['on_time_rate', '2023-Q1', 100, 4, 5],
    ]);
    expect(r.observations.at(3).note).toBe('chưa có');
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['wide-table', 1, 1], ['not-a-number', 4, 4]]);
  });

  it('one column per indicator (names or ids), other columns are dimensions', () => {
    const r = read('x.csv', 'Đơn vị,Kỳ,Tiếp nhận,resolved,Cấp\nX,Năm 2022,100,90,huyen\nX,Năm 2022,300,297,xa\n');
    expect(r.observations.rows().map((o) => [o.indicator, o.value, o.dims.level])).toEqual([
      ['received', 100, 'huyen'], ['resolved', 90, 'huyen'], ['received', 300, 'xa'], ['resolved', 297, 'xa'],
    ]);
  });

  it('a tidy file skips its row-number column (one info line) and keeps every other column as a dimension', () => {
    const r = read('observations.csv', 'STT,period,unit,indicator,value,nhom\n1,2025,X,received,5,a\n2,2025,X,received,6,b\n');
    expect(r.observations.rows().map((o) => o.dims)).toEqual([{ nhom: 'a' }, { nhom: 'b' }]);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([['skipped-column', 'info', 1, 1]]);
  });

  it('a wide row split by an unquoted decimal comma is reported, not melted askew', () => {
    const r = read('x.csv', 'unit,indicator,2021,2022\nX,on_time_rate,99,83%,98%\nX,received,5,6\n');
    expect(r.problems.find((p) => p.code === 'row-too-wide')).toMatchObject({ line: 2, column: 5 });
    expect(r.observations.rows().map((o) => o.value)).toEqual([5, 6]);
  });

  it('a table with neither a value column nor spread columns is still refused with a clear message', () => {
    const r = read('x.csv', 'unit,indicator,foo\nX,received,1\n');
    expect(r.problems[0].message).toContain('one column per period');
  });
});
