import { describe, expect, it } from 'vitest';
import { fileName, slug } from './fileName';

describe('file names', () => {
  it('are ASCII: tone marks and đ dropped, anything else a dash', () => {
    expect(fileName('so-sanh', 'Tỉnh Bắc Ninh', '2026-Q1')).toBe('so-sanh-tinh-bac-ninh-2026-q1');
    expect(fileName('dien-bien', 'Thị xã Quế Võ', '2020-07-01/2023-06-30')).toBe('dien-bien-thi-xa-que-vo-2020-07-01-2023-06-30');
    expect(slug('Đặc khu Côn Đảo / "=1+1"')).toBe('dac-khu-con-dao-1-1');
    expect(fileName('ban-do', 'Cả nước', '2023')).toMatch(/^[a-z0-9-]+$/);
  });

  it('never empty, never too long', () => {
    expect(fileName('', '—')).toBe('tai-ve');
    expect(fileName('x', 'a'.repeat(300)).length).toBeLessThanOrEqual(120);
  });
});
