// Placing units among Vietnam's built-in lists: by code (era from the period), by name (as
// tables write them), with a parent column or the file's context — never a guess.
import { describe, expect, it } from 'vitest';
import { builtinReference } from './nodeReference';
import { candidatesFor, placeMentions, type Mention } from './place';
import { placeName, placeSpelling } from './placeName';
import { loadFixture, loadTexts } from '../../../test/helpers';

const ref = builtinReference();
const OLD = ['pre2025'] as const;
const NEW = ['2025'] as const;
const keysOf = (text: string, eras: readonly ('pre2025' | '2025')[]) => candidatesFor(ref, text, eras).units.map((u) => u.key);

describe('placeName', () => {
  it('drops the prefix, diacritics, spacing and leading zeros, and remembers the level the prefix names', () => {
    expect(placeName('TP. Hồ Chí Minh')).toEqual({ key: 'hochiminh', types: new Set(['province', 'district']), prefix: 'thanh pho' });
    expect(placeName('Thừa Thiên - Huế').key).toBe('hue');
    expect(placeName('Hoà Bình').key).toBe(placeName('Hòa Bình').key);
    expect(placeName('Thủy Nguyên').key).toBe(placeName('Thuỷ Nguyên').key);
    expect(placeName('Phường 01')).toEqual({ key: '1', types: new Set(['commune']), prefix: 'phuong' });
    expect(placeName('Huyện Châu Thành').types).toEqual(new Set(['district']));
    expect(placeName('Ho Chi Minh City').key).toBe('hochiminh');
    expect(placeName('UBND huyện Gò Quao')).toEqual({ key: 'goquao', types: new Set(['district']), prefix: 'huyen' });
  });

  it('keeps a name\'s spelling apart: its marks, not its prefix, case, spacing or tone-mark style', () => {
    expect(placeSpelling('Xã Văn Lang')).not.toBe(placeSpelling('Xã Văn Lăng'));
    expect(placeSpelling('Xã Sơn Hà')).not.toBe(placeSpelling('Xã Sơn Hạ'));
    expect(placeSpelling('xã  văn   lăng')).toBe(placeSpelling('Xã Văn Lăng'));
    expect(placeSpelling('Văn Lăng')).toBe(placeSpelling('Xã Văn Lăng'));
    expect(placeSpelling('Hoà Bình')).toBe(placeSpelling('Hòa Bình'));
    expect(placeSpelling('Thuỷ Nguyên')).toBe(placeSpelling('Thủy Nguyên'));
    expect(placeSpelling('UBND huyện Gò Quao')).toBe(placeSpelling('Gò Quao'));
    expect(placeSpelling('Phường 01')).toBe(placeSpelling('Phường 1'));
  });

  it('reads abbreviations and former names of provinces', () => {
    for (const t of ['TP HCM', 'TP. HCM', 'HCM', 'TPHCM', 'TP.HCM']) expect(placeName(t).key).toBe('hochiminh');
    expect(placeName('Thừa Thiên Huế').key).toBe('hue');
    expect(placeName('BR-VT').key).toBe('bariavungtau');
  });

  it('does not take the start of a name for a prefix ("Quảng" is not "Quận", "Tịnh Biên" is not "Tỉnh Biên")', () => {
    expect(placeName('Quảng Ninh')).toEqual({ key: 'quangninh', types: null, prefix: '' });
    expect(keysOf('Tịnh Biên', OLD)).toContain('890'); // Thị xã Tịnh Biên (and its Thị trấn)
  });
});

describe('candidatesFor', () => {
  it('reads a code in the era of the row: 24 is Bắc Giang before 1/7/2025 and the new Bắc Ninh after', () => {
    expect(keysOf('24', OLD)).toEqual(['24.pre2025']);
    expect(ref.units.get('24.pre2025')!.name).toBe('Tỉnh Bắc Giang');
    expect(keysOf('24', NEW)).toEqual(['24']);
    expect(ref.units.get('24')!.name).toBe('Tỉnh Bắc Ninh');
    expect(ref.units.get('91.pre2025')!.name).toBe('Tỉnh Kiên Giang');
    expect(ref.units.get('91')!.name).toBe('Tỉnh An Giang');
  });

  it('keeps one key for a province whose territory did not change, in both eras', () => {
    expect(keysOf('01', OLD)).toEqual(['01']);
    expect(keysOf('01', NEW)).toEqual(['01']);
    expect(keysOf('Thừa Thiên Huế', OLD)).toEqual(['46']);
    expect(ref.units.get('46')!.eras).toEqual(['pre2025', '2025']);
  });

  it('a code whose zeros a spreadsheet dropped fits every level with those digits', () => {
    expect(keysOf('1', OLD).sort()).toEqual(['00001', '001', '01']);
    expect(keysOf('00004', NEW)).toEqual(['00004']);
    expect(ref.units.get('00004')!.name).toBe('Phường Ba Đình');
    expect(ref.units.get('00004.pre2025')!.name).toBe('Phường Trúc Bạch');
  });

  it('a prefix narrows the level; a bare name fits every level of that name', () => {
    expect(keysOf('Tỉnh Bắc Ninh', OLD)).toEqual(['27']);
    expect(keysOf('Thành phố Bắc Ninh', OLD)).toEqual(['256']);
    expect(keysOf('Bắc Ninh', OLD).sort()).toEqual(['256', '27']);
    expect(keysOf('Huyện Châu Thành', OLD)).toHaveLength(10);
  });
});

describe('placeMentions', () => {
  const mention = (text: string, extra: Partial<Mention> = {}): Mention => ({ text, parent: '', eras: OLD, file: 'o.csv', line: 2, column: 2, ...extra });

  it('a bare province name means the province, not its city', () => {
    expect(placeMentions(ref, [mention('Bắc Ninh')]).keys).toEqual(['27']);
    expect(placeMentions(ref, [mention('Hoà Bình')]).keys).toEqual(['17']);
  });

  it('an ambiguous name is an error naming every candidate with its province — never a guess', () => {
    const r = placeMentions(ref, [mention('Huyện Châu Thành')]);
    expect(r.keys).toEqual([null]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'ambiguous-unit', file: 'o.csv', line: 2, column: 2 });
    for (const p of ['Tây Ninh', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng']) expect(r.problems[0].message).toContain(`Tỉnh ${p}`);
  });

  it('the row\'s parent column settles it, by name or by code', () => {
    expect(placeMentions(ref, [mention('Huyện Châu Thành', { parent: 'An Giang' })]).keys).toEqual(['892']);
    expect(placeMentions(ref, [mention('Huyện Châu Thành', { parent: '91' })]).keys).toEqual(['905']);
    expect(placeMentions(ref, [mention('Phường 1', { parent: 'Thành phố Vũng Tàu' })]).keys).toEqual(['26506.pre2025']);
  });

  it('so does the province the rest of the file is about', () => {
    const r = placeMentions(ref, [mention('Thành phố Long Xuyên', { line: 2 }), mention('Thành phố Châu Đốc', { line: 3 }), mention('Huyện Châu Thành', { line: 4 })]);
    expect(r.keys).toEqual(['883', '884', '892']);
    expect(r.problems).toEqual([]);
  });

  it('a code whose meaning changed on 1/7/2025, for a period across that day, is an error that asks for a name', () => {
    const r = placeMentions(ref, [mention('24', { eras: ['pre2025', '2025'] })]);
    expect(r.keys).toEqual([null]);
    expect(r.problems[0].code).toBe('unit-era-conflict');
    expect(r.problems[0].message).toMatch(/Tỉnh Bắc Giang.*Tỉnh Bắc Ninh/);
    // A code that means the same unit in both eras is fine.
    expect(placeMentions(ref, [mention('01', { eras: ['pre2025', '2025'] })]).keys).toEqual(['01']);
  });

  it('two units whose names differ only in their marks, under one parent: the one spelt as written', () => {
    const inThaiNguyen = (text: string) => mention(text, { eras: NEW, parent: 'Tỉnh Thái Nguyên' });
    expect(placeMentions(ref, [inThaiNguyen('Xã Văn Lang')]).keys).toEqual(['02143']);
    expect(placeMentions(ref, [inThaiNguyen('Xã Văn Lăng')]).keys).toEqual(['05665']);
    expect(placeMentions(ref, [mention('Xã Sơn Hạ', { eras: NEW })]).keys).toEqual(['21292']);
    // Written without marks, it could be either: an error, as before.
    const bare = placeMentions(ref, [inThaiNguyen('Xa Van Lang')]);
    expect(bare.keys).toEqual([null]);
    expect(bare.problems[0].code).toBe('ambiguous-unit');
    // The parent column comes first: Phú Thọ has a Xã Văn Lang and no Xã Văn Lăng.
    expect(placeMentions(ref, [mention('Xã Văn Lăng', { eras: NEW, parent: 'Phú Thọ' })]).keys).toEqual(['08134']);
  });

  it('an unknown name gets the three nearest names with their provinces', () => {
    const r = placeMentions(ref, [mention('Quang Nnih')]);
    expect(r.keys).toEqual([null]);
    expect(r.unknown[0].hint).toMatch(/^nearest: Tỉnh Quảng Ninh \(22\); .*; .*$/);
  });
});

describe('reading a dataset without a units file', () => {
  it('a provinces-only table named as tables name them puts all 63 provinces under Cả nước', () => {
    const m = loadFixture('fixtures/units/provinces-by-name');
    expect(m.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(m.tree.roots).toEqual(['VN']);
    expect(m.tree.units.get('VN')!.name).toBe('Cả nước');
    expect(m.tree.children('VN')).toHaveLength(63);
    const units = new Set(m.figures().map((f) => f.unit));
    expect(units.size).toBe(63);
    expect(m.figure('79.pre2025', 'par_index', '2023')?.origin?.printed).toBeDefined(); // TP. Hồ Chí Minh
    expect(m.figure('46', 'par_index', '2023')).toBeDefined(); // Thừa Thiên - Huế
    expect(m.figure('17', 'par_index', '2023')).toBeDefined(); // Hoà Bình
  });

  it('an ambiguous name is an error and its row is not loaded; the other rows are', () => {
    const m = loadFixture('fixtures/units/ambiguous-name');
    const errors = m.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'ambiguous-unit', file: 'fixtures/units/ambiguous-name/observations.csv', line: 2, column: 2 });
    expect(m.raw.observations!.rows().map((o) => o.unit)).toEqual(['01']);
  });

  it('with a parent column the same name resolves', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,tỉnh,indicator,value\n2023,Huyện Châu Thành,An Giang,received,1200\n' });
    expect(m.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(m.raw.observations!.at(0).unit).toBe('892');
    expect(m.tree.path('892')).toEqual(['VN', '89', '892']);
  });

  it('units no list knows stay, side by side, beside the built-in ones — and a likely typo is a warning', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2023,Quảng Ninh,par_index,90\n2023,Quang Nnih,par_index,80\n' });
    expect(m.tree.roots).toEqual(['VN', '_all']);
    expect(m.tree.children('_all')).toEqual(['Quang Nnih']);
    const w = m.problems.find((p) => p.code === 'unknown-unit')!;
    expect(w).toMatchObject({ severity: 'warning', line: 3, column: 2 });
    expect(w.message).toContain('Tỉnh Quảng Ninh (22)');
  });

  it('a units file still wins; its rows may hang under a built-in province by code', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nSTP,Sở Tư pháp,agency,24\n',
      'observations.csv': 'period,unit,indicator,value\n2026,STP,received,10\n2026,Xã Yên Phong,received,20\n',
    });
    expect(m.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(m.tree.path('STP')).toEqual(['VN', '24', 'STP']);
    expect(m.tree.units.get('24')!.name).toBe('Tỉnh Bắc Ninh');
    // A unit the file does not hold is looked up among the built-in units too.
    expect(m.tree.path(m.raw.observations!.at(1).unit)).toEqual(['VN', '24', m.raw.observations!.at(1).unit]);
  });
});
