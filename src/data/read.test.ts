// The reader: any file a province could write — delimiter, BOM, encodings, Vietnamese headers,
// JSON — becomes records with file:line:column problems, and every good row is kept.
import { describe, expect, it } from 'vitest';
import { readDataset } from './read';
import type { InputFile } from './types';
import { observationsAhead, type Observations } from './observations';
import { BUILTIN_INDICATORS } from '../model/catalogue';

const enc = (s: string) => new TextEncoder().encode(s);
const read = (...files: InputFile[]) => readDataset(files, { catalogue: BUILTIN_INDICATORS });
const csv = (name: string, text: string): InputFile => ({ name, content: enc(text) });

describe('delimiters, BOM and encodings', () => {
  it.each([
    [',', 'period,unit,indicator,value\n2023,X,received,"1.234"\n'],
    [';', 'period;unit;indicator;value\n2023;X;received;1.234\n'],
    ['tab', 'period\tunit\tindicator\tvalue\n2023\tX\treceived\t1.234\n'],
    ['BOM + CRLF', '\uFEFFperiod;unit;indicator;value\r\n2023;X;received;1.234\r\n'],
  ])('%s', (_, text) => {
    const r = read(csv('observations.csv', text));
    expect(r.problems).toEqual([]);
    expect(r.observations.rows().map((o) => [o.unit, o.value, o.origin.line])).toEqual([['X', 1234, 2]]);
  });

  it('UTF-16 with BOM (Excel "Unicode text")', () => {
    const text = 'period\tunit\tindicator\tvalue\nQuý I/2023\tXã Đông\treceived\t7\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) { bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff; bytes[3 + 2 * i] = text.charCodeAt(i) >> 8; }
    const r = read({ name: 'observations.txt', content: bytes });
    expect(r.observations.at(0)).toMatchObject({ unit: 'Xã Đông', value: 7, period: { key: '2023-Q1' } });
  });

  it('Windows-1258 is read, with a warning', () => {
    // "Huyện" is not representable byte-for-byte; a plain Latin-1 range name with é (0xE9) is.
    const bytes = enc('period,unit,indicator,value\n2023,Xé,received,1\n');
    const legacy = new Uint8Array([...bytes].flatMap((b, i, a) => (b === 0xc3 && a[i + 1] === 0xa9 ? [0xe9] : b === 0xa9 && a[i - 1] === 0xc3 ? [] : [b])));
    const r = read({ name: 'observations.csv', content: legacy });
    expect(r.problems.map((p) => p.code)).toEqual(['not-utf8']);
    expect(r.observations.at(0).unit).toBe('Xé');
  });

  it('an Excel workbook is refused by name', () => {
    const r = read({ name: 'observations.csv', content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]) });
    expect(r.problems[0]).toMatchObject({ code: 'binary-file', line: 1, column: 1 });
    expect(r.problems[0].message).toContain('CSV UTF-8');
  });
});

describe('headers', () => {
  it('Vietnamese header names, any case, with or without diacritics', () => {
    const r = read(csv('so-lieu.csv', 'Kỳ báo cáo;ĐƠN VỊ;Chỉ tiêu;Giá trị;Tử số;mau so;Cấp;Ghi chú\nQuý I/2023;X;Tỷ lệ giải quyết đúng hạn;99,5%;199;200;Huyện;ok\n'));
    expect(r.problems).toEqual([]);
    expect(r.observations.at(0)).toMatchObject({ indicator: 'on_time_rate', value: 99.5, numerator: 199, denominator: 200, dims: { level: 'huyen' }, note: 'ok' });
  });

  it('a title above the header (as Excel reports have) is skipped, and said so', () => {
    const r = read(csv('bao-cao.csv', 'BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2023;;;\nĐơn vị tính: hồ sơ;;;\n\nKỳ;Đơn vị;Chỉ tiêu;Giá trị\nNăm 2023;X;received;1.234\n'));
    expect(r.problems).toMatchObject([{ severity: 'info', code: 'rows-above-header', line: 1 }]);
    expect(r.observations.rows().map((o) => [o.value, o.origin.line])).toEqual([[1234, 5]]);
  });

  it('a unit left empty under a merged cell says what to do', () => {
    const r = read(csv('observations.csv', 'period;unit;indicator;value\n2023;X;received;1\n2023;;resolved;1\n'));
    expect(r.problems[0]).toMatchObject({ code: 'missing-unit', line: 3, column: 2 });
    expect(r.problems[0].message).toContain('merged cells');
  });

  it('indicator names as reports write them: "Số hồ sơ tiếp nhận", "Tổng số hồ sơ đã giải quyết"', () => {
    const r = read(csv('observations.csv', 'period;unit;indicator;value\n2023;X;Số hồ sơ tiếp nhận;10\n2023;X;Tổng số hồ sơ đã giải quyết;9\n2023;X;Hồ sơ giải quyết quá hạn;1\n'));
    expect(r.problems).toEqual([]);
    expect(r.observations.rows().map((o) => o.indicator)).toEqual(['received', 'resolved', 'resolved_late']);
  });

  it('a missing required column is one problem on the header line', () => {
    const r = read(csv('observations.csv', 'period,unit,indicator,amount\n2023,X,received,1\n'));
    expect(r.problems).toMatchObject([{ code: 'missing-column', line: 1 }]);
  });
});

describe('rows', () => {
  it('problems carry file, line and the column of the cell; the other rows are kept', () => {
    const r = read(csv('observations.csv', 'period,unit,indicator,value\n2023,X,received,nhiều\n2023,X,resolved,5\n2023,X,on_time_rat,5\n'));
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 4, 'not-a-number'], [4, 3, 'unknown-indicator']]);
    expect(r.problems[1].message).toContain('did you mean on_time_rate?');
    expect(r.observations.rows().map((o) => o.indicator)).toEqual(['resolved']);
  });

  it('an unquoted decimal comma in a comma file is a row too wide, not a guess', () => {
    const r = read(csv('observations.csv', 'period,unit,indicator,value\n2023,X,on_time_rate,99,14%\n2023,X,received,5\n'));
    expect(r.problems).toMatchObject([{ code: 'row-too-wide', line: 2, column: 5 }]);
    expect(r.observations).toHaveLength(1);
  });

  it('1.280 is read by the style of the rest of the file', () => {
    const vi = read(csv('observations.csv', 'period;unit;indicator;value\n2023;X;received;1.280\n2023;X;on_time_rate;99,14\n'));
    expect(vi.observations.rows().map((o) => o.value)).toEqual([1280, 99.14]);
    const en = read(csv('observations.csv', 'period,unit,indicator,value\n2023,X,satisfaction_rate,1.280\n2023,X,on_time_rate,99.14\n'));
    expect(en.observations.rows().map((o) => o.value)).toEqual([1.28, 99.14]);
  });

  it('a dash or N/A is "no figure": the row is skipped with an info, not an error; "không có" asks for 0', () => {
    const r = read(csv('observations.csv', 'period;unit;indicator;value\n2023;X;received;-\n2023;X;resolved;N/A\n2023;X;complaints;không có\n2023;X;pending;5\n'));
    expect(r.problems.map((p) => [p.line, p.severity, p.code])).toEqual([[2, 'info', 'no-figure'], [3, 'info', 'no-figure'], [4, 'error', 'not-a-number']]);
    expect(r.problems[2].message).toContain('write 0');
    expect(r.observations.rows().map((o) => o.indicator)).toEqual(['pending']);
  });

  it('80.1 for a score is eighty point one', () => {
    expect(read(csv('observations.csv', 'period,unit,indicator,value\n2023,X,par_index,80.1\n')).observations.at(0).value).toBe(80.1);
  });

  it('qualifier words and the qualifier column', () => {
    const r = read(csv('observations.csv', 'period;unit;indicator;value;qualifier\n2023;X;received;hơn 7.800;\n2023;X;resolved;5;~\n2023;X;pending;gần 1.000;\n'));
    expect(r.observations.rows().map((o) => o.qualifier)).toEqual(['>', '~', '~']);
  });

  it('units by code, by a code a spreadsheet stripped of its zero, and by unique name', () => {
    const r = read(
      csv('units.csv', 'code,name,type,parent\n06,Tỉnh Bắc Kạn,province,\n06-STP,Sở Tư pháp,agency,06\n'),
      csv('observations.csv', 'period,unit,indicator,value\n2022,6,received,1\n2022,sở tư pháp,received,2\n2022,Bắc Kạn,resolved,1\n2022,Nowhere,received,1\n'),
    );
    expect(r.observations.rows().map((o) => o.unit)).toEqual(['06', '06-STP', '06']);
    expect(r.problems).toMatchObject([{ code: 'unknown-unit', line: 5, column: 2 }]);
  });
});

describe('JSON', () => {
  it('an object of arrays, with the line of each record', () => {
    const text = `{
  "units": [{ "code": "X", "name": "Huyện X", "type": "district" }],
  "observations": [
    { "period": "2023", "unit": "X", "indicator": "received", "value": 133555 },
    { "period": "Quý I/2023", "unit": "X", "indicator": "on_time_rate", "value": "99,14%", "dims": { "level": "xa" } },
    { "period": "2023", "unit": "X", "indicator": "received", "value": -1 }
  ]
}`;
    const r = read({ name: 'data.json', content: enc(text) });
    expect(r.observations.rows().map((o) => [o.origin.line, o.value, o.dims])).toEqual([[4, 133555, {}], [5, 99.14, { level: 'xa' }]]);
    expect(r.problems).toMatchObject([{ code: 'negative-count', line: 6 }]);
  });

  it('a bare array; a syntax error names its line', () => {
    expect(read({ name: 'x.json', content: enc('[{"period":"2023","unit":"X","indicator":"received","value":1}]') }).observations).toHaveLength(1);
    const bad = read({ name: 'x.json', content: enc('[\n{"period": "2023",\n "unit": }\n]') });
    expect(bad.problems[0]).toMatchObject({ code: 'json-syntax', line: 3 });
  });
});

describe('dimension values', () => {
  it('rows with the same cells share one object, each row has its own values, whichever cell changes from the row before', () => {
    const text = ['period,unit,indicator,value,level,channel',
      '2023,X,received,1,xa,truc_tuyen', '2023,Y,received,2,xa,truc_tuyen', '2023,Z,received,3,xa,truc_tiep',
      '2023,X,resolved,4,huyen,truc_tiep', '2023,Y,resolved,5,, truc_tiep', '2023,Z,resolved,6,,', '2024,X,received,7,xa,truc_tuyen'].join('\n');
    const o = read(csv('observations.csv', text)).observations;
    expect(o.rows().map((r) => r.dims)).toEqual([
      { level: 'xa', channel: 'truc_tuyen' }, { level: 'xa', channel: 'truc_tuyen' }, { level: 'xa', channel: 'truc_tiep' },
      { level: 'huyen', channel: 'truc_tiep' }, { channel: 'truc_tiep' }, {}, { level: 'xa', channel: 'truc_tuyen' },
    ]);
    expect(o.dims[1]).toBe(o.dims[0]);
    expect(o.dims[6]).toBe(o.dims[0]);
  });
});

describe('room made ahead for the rows (observationsAhead)', () => {
  const text = 'period,unit,indicator,value\n2023,X,received,5\n2023,Y,received,7\n2023,Z,resolved,9\n';
  const readInto = (room: Observations) => readDataset([csv('observations.csv', text)], { catalogue: BUILTIN_INDICATORS, room });

  it('takes the rows where it holds them all, its typed columns keeping their room, its text columns cut to the rows', () => {
    const room = observationsAhead(100);
    const r = readInto(room);
    // The rows' columns are the room's (the units placed come in a column of their own).
    expect(r.observations.value).toBe(room.value);
    expect(r.observations.rows()).toEqual(read(csv('observations.csv', text)).observations.rows());
    expect(r.observations.capacity).toBe(100);
    expect(room.indicator).toEqual(['received', 'received', 'resolved']);
  });

  it('is left alone where it is too small, or not empty', () => {
    const small = observationsAhead(2);
    expect(readInto(small).observations.value).not.toBe(small.value);
    const used = observationsAhead(100);
    readInto(used);
    const again = readInto(used);
    expect(again.observations.value).not.toBe(used.value);
    expect(again.observations.length).toBe(3);
    expect(used.length).toBe(3);
  });
});
