// The blank templates the app offers read back, once filled, with no problem and the same figures.
import { describe, expect, it } from 'vitest';
import { readDataset } from './read';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../model/dimensionAliases';
import { TARGETS_TEMPLATE, TIDY_TEMPLATE, WIDE_TEMPLATE, templateCsv, wideTemplateXlsx } from './templates';
import type { InputFile } from './types';

const read = (...files: InputFile[]) => readDataset(files, { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING });
const csv = (name: string, text: string): InputFile => ({ name, content: new TextEncoder().encode(text) });
const figures = (r: ReturnType<typeof read>) => r.observations.rows().map((o) => [o.unit, o.period.key, o.indicator, o.value, o.dims]).sort((a, b) => String(a).localeCompare(String(b)));

const WIDE_ROW = ['1', 'Xã A', 'Tháng 10/2025', '1.370', '1.250', '120', '900', '1.300', '800', '487', '13', '70', '2', '98,5', 'ước tính'];
const TIDY_ROWS = [
  ['received', '1.370'], ['received_new', '1.250'], ['carried_over', '120'], ['received_online', '900'],
  ['resolved', '1.300'], ['resolved_early', '800'], ['resolved_on_time', '487'], ['resolved_late', '13'], ['pending', '70'],
  ['pending_overdue', '2'], ['satisfaction_rate', '98,5'],
].map(([indicator, value]) => ['Tháng 10/2025', 'Xã A', indicator, value, '', '', '', '', '', '', '', 'ước tính']);

describe('templates', () => {
  it('are headed in Vietnamese, UTF-8 with a BOM, and blank', () => {
    const text = templateCsv(TIDY_TEMPLATE);
    expect(text.startsWith('\ufeffKỳ báo cáo,Đơn vị,Chỉ tiêu,Giá trị,')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });

  it('the wide sheet, filled, gives exactly the figures of the tidy file, filled, with no warning or error', () => {
    const wide = read(csv(WIDE_TEMPLATE.file, templateCsv(WIDE_TEMPLATE, [WIDE_ROW])));
    const tidy = read(csv(TIDY_TEMPLATE.file, templateCsv(TIDY_TEMPLATE, TIDY_ROWS)));
    expect(wide.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(tidy.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(figures(wide)).toHaveLength(11);
    expect(figures(wide)).toEqual(figures(tidy));
  });

  it('the .xlsx wide sheet gives the same figures as the CSV one', () => {
    const numbers = WIDE_ROW.map((c, i) => (i >= 3 && i <= 13 ? Number(c.replace(/\./g, '').replace(',', '.')) : c));
    const book = read({ name: 'mau.xlsx', content: wideTemplateXlsx([numbers]) });
    const sheet = read(csv(WIDE_TEMPLATE.file, templateCsv(WIDE_TEMPLATE, [WIDE_ROW])));
    expect(book.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(figures(book)).toEqual(figures(sheet));
  });

  it('the targets template is read as targets', () => {
    const r = read(
      csv(TARGETS_TEMPLATE.file, templateCsv(TARGETS_TEMPLATE, [['KH 12/KH-UBND', 'Năm 2025', '', 'xa', 'on_time_rate', '>=', '95', '']])),
      csv('observations.csv', 'period,unit,indicator,value\n2025,Xã A,on_time_rate,96\n'),
    );
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(r.targets.map((t) => [t.plan, t.period.key, t.level, t.indicator, t.op, t.value])).toEqual([['KH 12/KH-UBND', '2025', 'xa', 'on_time_rate', '>=', 95]]);
  });
});
