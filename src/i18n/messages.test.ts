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

  it('the megabytes of a file of untold length, grouped as each language writes numbers', () => {
    expect(vi.loadingReceived(17)).toBe('đã\u00a0nhận\u00a017\u00a0MB');
    expect(vi.loadingReceived(1234)).toBe('đã\u00a0nhận\u00a01.234\u00a0MB');
    expect(en.loadingReceived(1234)).toBe('1,234\u00a0MB\u00a0received');
  });
});
