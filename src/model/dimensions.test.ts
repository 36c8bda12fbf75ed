// The dimension catalogue: values with names in both languages, and which breakdowns are the whole.
import { describe, expect, it } from 'vitest';
import { loadTexts } from '../../test/helpers';
import { DimensionCatalogue } from './dimensions';

const HEAD = 'period,unit,indicator,value,numerator,denominator,service_level,channel\n';
const model = (rows: string, extra: Record<string, string> = {}) => loadTexts({ 'observations.csv': HEAD + rows, ...extra });

describe('the built-in catalogue', () => {
  const c = new DimensionCatalogue();
  it('names every value in both languages', () => {
    expect(c.valueName('channel', 'truc_tuyen')).toBe('Trực tuyến');
    expect(c.valueName('channel', 'buu_chinh', 'en')).toBe('By post');
    expect(c.valueName('service_level', 'muc_1_2', 'en')).toBe('Levels 1–2');
    expect(c.valueName('field', 'ho_tich')).toBe('ho_tich'); // open: a value it does not know keeps its code
    expect(c.dimensionName('service_level')).toBe('Mức độ dịch vụ công');
  });
  it('knows which sets are the whole', () => {
    expect(c.wholeness('level')).toBe('seen');
    expect(c.wholeness('channel')).toBe('sets');
    expect(c.wholeness('field')).toBe('open');
    expect(c.wholeness('nhom_thu_tuc')).toBe('open');
    expect(c.completeSets('channel')).toEqual([['buu_chinh', 'truc_tiep', 'truc_tuyen']]);
    expect(c.completeSets('service_level')).toEqual([['muc_1_2', 'muc_3', 'muc_4'], ['muc_1', 'muc_2', 'muc_3', 'muc_4']]);
  });
});

describe('a breakdown adds up to a total only where it is the whole', () => {
  it('levels 1–2, 3 and 4: the unit\'s on-time rate is Σ in time / Σ resolved, not an average', () => {
    const m = model([
      '2025,X,on_time_rate,"90,00",90,100,muc_1_2,',
      '2025,X,on_time_rate,"99,00",297,300,muc_3,',
      '2025,X,on_time_rate,"50,00",5,10,muc_4,',
      '2025,X,resolved,100,,,muc_1_2,', '2025,X,resolved,300,,,muc_3,', '2025,X,resolved,10,,,muc_4,',
    ].join('\n') + '\n');
    const total = m.figure('X', 'on_time_rate', '2025')!;
    expect(total.numerator).toBe(392);
    expect(total.denominator).toBe(410);
    expect(total.value).toBeCloseTo((392 / 410) * 100, 12); // 95.61, where the average of the three rates is 79.67
    expect(m.figure('X', 'resolved', '2025')?.value).toBe(410);
    expect(m.figure('X', 'resolved', '2025')?.derived).toBe('dimension-total');
  });

  it('levels 1, 2, 3 and 4 are a whole too; levels 3 and 4 alone are not', () => {
    const four = model('2025,X,resolved,5,,,muc_1,\n2025,X,resolved,7,,,muc_2,\n2025,X,resolved,300,,,muc_3,\n2025,X,resolved,10,,,muc_4,\n');
    expect(four.figure('X', 'resolved', '2025')?.value).toBe(322);
    const two = model('2025,X,resolved,300,,,muc_3,\n2025,X,resolved,10,,,muc_4,\n');
    expect(two.figure('X', 'resolved', '2025')).toBeUndefined();
  });

  it('a channel breakdown missing buu_chinh gives no total; with it, it does', () => {
    const partial = model('2025,X,received,243,,,,truc_tuyen\n2025,X,received,11,,,,truc_tiep\n');
    expect(partial.figure('X', 'received', '2025')).toBeUndefined();
    const whole = model('2025,X,received,243,,,,Trực tuyến\n2025,X,received,11,,,,trực tiếp\n2025,X,received,2,,,,Bưu chính công ích\n');
    expect(whole.figure('X', 'received', '2025')?.value).toBe(256);
    // Values as written are read as the catalogue's codes.
    expect(whole.figure('X', 'received', '2025', { channel: 'buu_chinh' })?.value).toBe(2);
  });

  it('a printed total against a whole breakdown is a check; against a partial one, an info naming the rest', () => {
    const whole = model('2025,X,received,250,,,,\n2025,X,received,243,,,,truc_tuyen\n2025,X,received,11,,,,truc_tiep\n2025,X,received,2,,,,buu_chinh\n');
    expect(whole.problems.filter((p) => p.code === 'parts-exceed-total').map((p) => p.line)).toEqual([2]);
    const partial = model('2025,X,received,300,,,,\n2025,X,received,243,,,,truc_tuyen\n2025,X,received,11,,,,truc_tiep\n');
    const info = partial.problems.find((p) => p.code === 'parts-below-total')!;
    expect(info.severity).toBe('info');
    expect(info.message).toContain('the rest is not itemised');
    expect(partial.figure('X', 'received', '2025')?.value).toBe(300);
  });

  it('a printed total against its one part (every figure of the unit at one value of a dimension) is checked too', () => {
    const one = model('2025,X,received,250,,,,\n2025,X,received,243,,,xa,\n2025,X,resolved,200,,,xa,\n');
    const info = one.problems.find((p) => p.code === 'parts-below-total')!;
    expect([info.line, info.message]).toEqual([2, 'X received 2025: printed total 250 but service_level xa 243 add up to 243 (97,2% of it: the rest is not itemised)']);
    expect(model('2025,X,received,243,,,xa,\n2025,X,resolved,200,,,xa,\n').problems.filter((p) => p.code.startsWith('parts-'))).toEqual([]);
  });
});

describe('dimensions.csv', () => {
  const declared = 'dimension,value,name_vi,name_en,complete\nnhom,ca_nhan,Cá nhân,Citizens,yes\nnhom,to_chuc,Tổ chức,Organisations,yes\n';
  it('declares a dimension whose values are the whole: its parts add up', () => {
    const m = loadTexts({
      'dimensions.csv': declared,
      'observations.csv': 'period,unit,indicator,value,nhom\n2025,X,resolved,70,ca_nhan\n2025,X,resolved,30,Tổ chức\n',
    });
    expect(m.figure('X', 'resolved', '2025')?.value).toBe(100);
    expect(m.dimensions.valueName('nhom', 'to_chuc', 'en')).toBe('Organisations');
    expect(m.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('makes a column of a wide sheet a dimension, where an undeclared one is reported and left out', () => {
    const sheet = 'Đơn vị,Kỳ,Nhóm,Đã giải quyết\nX,2025,ca_nhan,70\nX,2025,to_chuc,30\n';
    const withIt = loadTexts({ 'dimensions.csv': declared, 'bao-cao.csv': sheet });
    expect(withIt.figure('X', 'resolved', '2025', { nhom: 'ca_nhan' })?.value).toBe(70);
    expect(withIt.figure('X', 'resolved', '2025')?.value).toBe(100);
    const without = loadTexts({ 'bao-cao.csv': sheet });
    expect(without.problems.find((p) => p.code === 'unknown-column')).toMatchObject({ line: 1, column: 3 });
  });

  it('the same, in the JSON bundle', () => {
    const m = loadTexts({ 'dataset.json': JSON.stringify({
      dimensions: [{ dimension: 'nhom', value: 'ca_nhan', complete: 'yes' }, { dimension: 'nhom', value: 'to_chuc', complete: 'yes' }],
      observations: [{ period: '2025', unit: 'X', indicator: 'resolved', value: 70, nhom: 'ca_nhan' }, { period: '2025', unit: 'X', indicator: 'resolved', value: 30, nhom: 'to_chuc' }],
    }) });
    expect(m.figure('X', 'resolved', '2025')?.value).toBe(100);
  });

  it('reports a row it cannot read with its line and column, and keeps the others', () => {
    const m = loadTexts({
      'dimensions.csv': 'dimension,value,complete\nNhóm TT!,x,yes\nnhom,,yes\nnhom,ca_nhan,yes\n',
      'observations.csv': 'period,unit,indicator,value\n2025,X,resolved,1\n',
    });
    expect(m.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.column, p.code])).toEqual([
      ['dimensions.csv', 2, 1, 'bad-dimension-id'], ['dimensions.csv', 3, 2, 'missing-dimension-value'],
    ]);
    expect(m.raw.dimensions.map((d) => d.value)).toEqual(['ca_nhan']);
  });
});
