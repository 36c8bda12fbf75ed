// The reform office's own spreadsheets (fixtures/office): one row per unit and period, one column
// per figure, headed in Vietnamese with wording of their own, a row-number column, a unit-of-measure
// column and the clerk's name. Each sheet — as CSV and as .xlsx saved with a title row above the
// header — gives exactly the values of its tidy twin: totals, rates and flow checks included.
import { describe, expect, it } from 'vitest';
import { loadFixture } from './helpers';
import type { Model } from '../src/model/model';

const wide = loadFixture('fixtures/office/wide');
const xlsx = loadFixture('fixtures/office/xlsx');
const tidy = loadFixture('fixtures/office/tidy');
const byPeriod = loadFixture('fixtures/office/by-period');

/** Every figure the dashboard would show, as data:check --json lists it. */
function values(m: Model): string[] {
  return m.figures()
    .map((f) => JSON.stringify([f.unit, f.period.key, f.indicator, f.dims, f.value, f.numerator, f.denominator, f.qualifier, f.derived, f.published]))
    .sort();
}
const codes = (m: Model, severity?: string) => m.problems.filter((p) => !severity || p.severity === severity).map((p) => p.code);

describe('an office spreadsheet and its tidy twin', () => {
  it('the wide CSVs, the .xlsx workbooks and the sheet with one column per period give exactly the tidy file\'s figures', () => {
    expect(values(tidy).length).toBe(79);
    expect(values(wide)).toEqual(values(tidy));
    expect(values(xlsx)).toEqual(values(tidy));
    expect(values(byPeriod)).toEqual(values(tidy));
  });

  it('every figure is a total of its unit: the row numbers and the clerk\'s name are not breakdowns', () => {
    for (const m of [wide, xlsx]) {
      expect(m.figures().filter((f) => Object.keys(f.dims).length > 0)).toEqual([]);
    }
  });

  it('recognises the office\'s wording: received, carried over, resolved late, the on-time rate in (%)', () => {
    const f = (indicator: string, unit: string, period: string) => wide.figure(unit, indicator, period)?.value;
    const hg1 = wide.figures().find((x) => x.indicator === 'received' && x.period.key === '2025-10' && x.value === 1370)!.unit;
    expect(f('received', hg1, '2025-10')).toBe(1370); // Tổng số hồ sơ tiếp nhận
    expect(f('carried_over', hg1, '2025-10')).toBe(120); // Kỳ trước chuyển sang
    expect(f('resolved_late', hg1, '2025-10')).toBe(13); // Trễ hạn
    expect(f('resolved_in_time', hg1, '2025-10')).toBe(1287); // Giải quyết đúng hạn, with no Trước hạn column
    expect(f('on_time_rate', hg1, '2025-10')).toBeCloseTo((1287 / 1300) * 100, 10); // Σ in time / Σ resolved
    expect(f('resolved_late', hg1, '2025-Q3')).toBe(30); // Quá hạn
    expect(f('resolved_on_time', hg1, '2025-Q3')).toBe(1350); // Đúng hạn, next to Trước hạn
    expect(wide.figure(hg1, 'on_time_rate', '2025-Q3')?.published).toBe(99.14); // Tỉ lệ đúng hạn (%)
  });

  it('the flow checks run on the sheet as on its twin', () => {
    const flow = (m: Model) => m.problems.filter((p) => p.code === 'flow-mismatch').map((p) => p.message);
    expect(flow(wide)).toEqual(['Xã Phú Linh 2025-10: received 150 ≠ resolved 130 + pending 25 = 155']);
    expect(flow(wide)).toEqual(flow(tidy));
  });

  it('the clerk\'s column is reported by name, with the nearest indicators, and left out', () => {
    const unknown = wide.problems.filter((p) => p.code === 'unknown-column');
    expect(unknown.map((p) => [p.file, p.line, p.column, p.severity])).toEqual([
      ['fixtures/office/wide/bao-cao-quy-III-2025.csv', 1, 15, 'warning'],
      ['fixtures/office/wide/bao-cao-thang-10-2025.csv', 1, 11, 'warning'],
    ]);
    expect(unknown[0].message).toMatch(/^column "Người lập biểu" is not an indicator.*left out\. Nearest indicators: .*\(received/);
    expect(xlsx.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.line, p.column])).toEqual([[2, 15], [2, 11]]);
  });

  it('STT / TT and ĐVT are skipped with one info line each; Đúng hạn without Trước hạn says how it is read', () => {
    const skipped = wide.problems.filter((p) => p.code === 'skipped-column').map((p) => [p.file.split('/').pop(), p.column, p.message]);
    expect(skipped).toEqual([
      ['bao-cao-quy-III-2025.csv', 1, '"TT" is a row number: skipped, not a dimension'],
      ['bao-cao-quy-III-2025.csv', 13, '"ĐVT": the unit of measure, which the indicator catalogue already knows: skipped'],
      ['bao-cao-thang-10-2025.csv', 1, '"STT" is a row number: skipped, not a dimension'],
    ]);
    const inTime = wide.problems.filter((p) => p.code === 'on-time-read-as-in-time');
    expect(inTime.map((p) => [p.file.split('/').pop(), p.column, p.severity])).toEqual([['bao-cao-thang-10-2025.csv', 8, 'info']]);
    expect(inTime[0].message).toContain('"Giải quyết đúng hạn" is read as resolved_in_time');
  });

  it('no errors in any twin', () => {
    expect(codes(wide, 'error')).toEqual([]);
    expect(codes(xlsx, 'error')).toEqual([]);
    expect(codes(tidy, 'error')).toEqual([]);
    expect(codes(byPeriod, 'error')).toEqual([]);
  });
});

// The national form for reports on handling administrative procedures, as offices fill it in:
// titles with the period, a header over three rows with merged cells left blank, a row of column
// numbers, no period column — as CSV and as the .xlsx Excel saves.
describe('the national form', () => {
  const csv = loadFixture('fixtures/office/national-form/bao-cao-tthc-quy-III-2025.csv');
  const book = loadFixture('fixtures/office/national-form/bao-cao-tthc-quy-III-2025.xlsx');
  const hg1 = csv.figures().find((f) => f.indicator === 'received' && f.value === 3600)!.unit;

  it('reads each column by its whole header path, the period from the title', () => {
    const at = (indicator: string) => csv.figure(hg1, indicator, '2025-Q3')?.value;
    expect(at('received')).toBe(3600); // Số hồ sơ nhận giải quyết › Tổng số
    expect(at('received_online')).toBe(2000); // › Trong kỳ › Trực tuyến
    expect(at('carried_over')).toBe(95); // › Từ kỳ trước
    expect(at('resolved')).toBe(3480); // Kết quả giải quyết › Số hồ sơ đã giải quyết › Tổng số
    expect(at('resolved_early')).toBe(2100); // › Trả trước hạn
    expect(at('resolved_on_time')).toBe(1350); // › Trả đúng thời hạn
    expect(at('resolved_late')).toBe(30); // › Trả quá hạn
    expect(at('pending')).toBe(120); // › Số hồ sơ đang giải quyết › Tổng số
    expect(at('pending_overdue')).toBe(10); // › Quá hạn: overdue pending dossiers, not resolved late
    expect(csv.figure(hg1, 'on_time_rate', '2025-Q3')?.value).toBeCloseTo((3450 / 3480) * 100, 10);
  });

  it('says what it did, line by line, and reports the two columns no indicator names', () => {
    const info = (m: Model) => m.problems.map((p) => [p.code, p.line, p.column]);
    expect(info(csv)).toEqual([
      ['rows-above-header', 1, 1], ['builtin-units', 1, 1], ['header-rows', 4, 1], ['period-from-title', 4, 1],
      ['skipped-column', 4, 1], ['wide-table', 4, 1], ['unknown-column', 4, 5], ['unknown-column', 4, 12], ['column-numbers', 7, 1],
    ]);
    expect(csv.problems.find((p) => p.code === 'period-from-title')!.message).toContain('"Quý III/2025" (2025-Q3)');
    expect(csv.problems.filter((p) => p.code === 'unknown-column').map((p) => p.message.match(/^column "([^"]+)"/)![1])).toEqual([
      'Số hồ sơ nhận giải quyết › Trong kỳ › Trực tiếp, dịch vụ bưu chính',
      'Kết quả giải quyết › Số hồ sơ đang giải quyết › Chưa đến hạn',
    ]);
  });

  it('the workbook gives the same figures as the CSV', () => {
    expect(values(book)).toEqual(values(csv));
    expect(values(csv)).toHaveLength(45);
  });
});
