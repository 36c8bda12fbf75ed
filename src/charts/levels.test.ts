import { describe, expect, it } from 'vitest';
import { levelComparison } from '../model/views/levels';
import { levelsOption, levelsSummary } from './levels';
import { THEME } from './theme';
import { seriesOf, tinyProvince, vi, type Loose } from './testutil';

describe('levelsOption', () => {
  const view = () => levelComparison(tinyProvince(), 'P', 'digitized_result_rate', '2024');

  it('a bar per level, coloured by its own target; a dash at each level\'s target', () => {
    const o: Loose = levelsOption(view(), THEME, vi, { indicatorName: 'Số hóa kết quả' });
    expect(o.xAxis.data).toEqual(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã']);
    expect(seriesOf(o, 0).data.map((d: Loose) => d.value)).toEqual([52, 38, '-']);
    expect(seriesOf(o, 0).data.slice(0, 2).map((d: Loose) => d.itemStyle.color)).toEqual([THEME.status.met, THEME.status['at-risk']]);
    expect(seriesOf(o, 1).data).toEqual([50, 40, 35]);
    expect(seriesOf(o, 1).label.formatter({ dataIndex: 2 })).toBe('Mục tiêu ≥ 35%');
  });

  it('says each level, target and status in words', () => {
    expect(levelsSummary(view().rows, vi)).toBe('Theo cấp: Cấp tỉnh 52,0%, Mục tiêu ≥ 50%, ✓ Đạt; Cấp huyện 38,0%, Mục tiêu ≥ 40%, ! Cần chú ý; Cấp xã Chưa có số liệu, Mục tiêu ≥ 35%, — Có mục tiêu, chưa có số liệu.');
  });
});
