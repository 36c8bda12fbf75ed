// Headers over several rows, column numbers, and the period in the title.
import { describe, expect, it } from 'vitest';
import { readDataset } from './read';
import { BUILTIN_INDICATORS } from '../model/catalogue';

const read = (text: string, name = 'bao-cao.csv') => readDataset([{ name, content: new TextEncoder().encode(text) }], { catalogue: BUILTIN_INDICATORS });
const figures = (r: ReturnType<typeof read>) => r.observations.rows().map((o) => [o.unit, o.period.key, o.indicator, o.value, o.origin.line, o.origin.column]);

describe('a header over two rows', () => {
  it('joins each column\'s path: a merged heading names the columns under it', () => {
    const r = read('Đơn vị,Kỳ,Số hồ sơ đang giải quyết,,Đã giải quyết\n,,Tổng số,Quá hạn,\nX,2025,12,3,40\n');
    expect(figures(r)).toEqual([['X', '2025', 'pending', 12, 3, 3], ['X', '2025', 'pending_overdue', 3, 3, 4], ['X', '2025', 'resolved', 40, 3, 5]]);
  });

  it('leaves a tidy file alone, even a row with its unit missing', () => {
    const r = read('period,unit,indicator,value\n2025,,received,5\n2025,X,received,6\n', 'observations.csv');
    expect(r.problems.map((p) => p.code)).toEqual(['missing-unit']);
    expect(figures(r)).toEqual([['X', '2025', 'received', 6, 3, 4]]);
  });

  it('skips a row of column numbers, with or without a header below', () => {
    const r = read('Đơn vị,Kỳ,Tiếp nhận,Đã giải quyết\n(1),(2),(3),(4)=(5)+(6)\nX,2025,5,4\n');
    expect(r.problems.map((p) => [p.code, p.line])).toContainEqual(['column-numbers', 2]);
    expect(figures(r)).toEqual([['X', '2025', 'received', 5, 3, 3], ['X', '2025', 'resolved', 4, 3, 4]]);
  });
});

describe('the period in the title', () => {
  it('is every row\'s where the sheet has no period column, and the checker says so', () => {
    const r = read('BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC\n(Từ ngày 01/7/2025 đến ngày 30/9/2025)\nĐơn vị,Tiếp nhận,Đã giải quyết\nX,5,4\n');
    expect(figures(r).map((f) => f.slice(0, 4))).toEqual([['X', '2025-Q3', 'received', 5], ['X', '2025-Q3', 'resolved', 4]]);
    expect(r.problems.find((p) => p.code === 'period-from-title')?.message).toContain('"Từ ngày 01/7/2025 đến ngày 30/9/2025" (2025-Q3)');
  });

  it('a sheet with neither a period column nor a period in its title is still refused clearly', () => {
    const r = read('BÁO CÁO\nĐơn vị,Tiếp nhận\nX,5\n');
    expect(r.problems.map((p) => p.code)).toContain('unknown-file');
  });
});
