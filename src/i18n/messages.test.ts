import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';
import { indicatorName, levelName, messagesFor, opMark, STATUS_ICON } from './messages';

function shape(x: unknown): unknown {
  if (typeof x === 'function') return 'function';
  if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, shape((x as Record<string, unknown>)[k])]));
  return typeof x;
}

describe('messages', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(shape(en)).toEqual(shape(vi));
  });

  it('status words: Đạt ✓ / Cần chú ý ! / Chưa đạt ✗ / — and Met / At risk / Missed / —', () => {
    expect([vi.status.met, vi.status['at-risk'], vi.status.missed, vi.status['no-data']]).toEqual(['Đạt', 'Cần chú ý', 'Chưa đạt', '—']);
    expect([en.status.met, en.status['at-risk'], en.status.missed, en.status.none]).toEqual(['Met', 'At risk', 'Missed', '—']);
    expect([STATUS_ICON.met, STATUS_ICON['at-risk'], STATUS_ICON.missed]).toEqual(['✓', '!', '✗']);
  });

  it('names from the catalogue in the language, levels from the messages', () => {
    const ind = { id: 'resolution_rate', nameVi: 'Tỷ lệ hồ sơ đã giải quyết', nameEn: 'Resolution rate' };
    expect(indicatorName(ind, 'vi')).toBe('Tỷ lệ hồ sơ đã giải quyết');
    expect(indicatorName(ind, 'en')).toBe('Resolution rate');
    expect(indicatorName({ ...ind, nameEn: '' }, 'en')).toBe('Tỷ lệ hồ sơ đã giải quyết');
    expect(indicatorName(undefined, 'en', 'x_rate')).toBe('x_rate');
    expect(levelName('huyen', messagesFor('vi'))).toBe('Cấp huyện');
    expect(levelName('so_nganh', messagesFor('en'))).toBe('Departments');
    expect(opMark('>=')).toBe('≥');
  });

  it('counts grouped as each language writes numbers: a whole country\'s load, its problems, a long list', () => {
    expect(vi.loadedSummary(2, 1027684, 0, 0, 111907)).toBe('Đã nạp 2 tệp, 1.027.684 dòng số liệu: 0 lỗi, 0 cảnh báo, 111.907 thông tin.');
    expect(en.loadedSummary(2, 1027684, 1, 0, 111907)).toBe('Loaded 2 files, 1,027,684 rows of figures: 1 error, 0 warnings, 111,907 information.');
    expect(vi.qualityMore(100, 111807)).toBe('Xem thêm 100 mục (còn 111.807)');
    expect(vi.qualityCount(100, 111907)).toBe('100/111.907 mục');
    expect(en.rowsOfList(1001, 1020, 3321)).toBe('Rows 1,001–1,020 of 3,321');
    expect(vi.rowsShown(12, 3321)).toBe('12/3.321 đơn vị khớp');
    expect(vi.missingUnits(1234)).toBe('1.234 đơn vị chưa có số liệu');
    // Below a thousand, as before.
    expect(vi.loadedSummary(4, 62, 0, 2, 9)).toBe('Đã nạp 4 tệp, 62 dòng số liệu: 0 lỗi, 2 cảnh báo, 9 thông tin.');
  });

  it('the megabytes of a file of untold length, grouped as each language writes numbers', () => {
    expect(vi.loadingReceived(17)).toBe('đã\u00a0nhận\u00a017\u00a0MB');
    expect(vi.loadingReceived(1234)).toBe('đã\u00a0nhận\u00a01.234\u00a0MB');
    expect(en.loadingReceived(1234)).toBe('1,234\u00a0MB\u00a0received');
  });
});
