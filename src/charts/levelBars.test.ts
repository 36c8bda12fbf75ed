import { describe, expect, it } from 'vitest';
import { levelComparison } from '../model/views/levels';
import { levelBars } from './levelBars';
import { levelsOption } from './levels';
import { THEME } from './theme';
import { en, seriesOf, tinyProvince, vi, type Loose } from './testutil';

describe('levelBars (the embedded levels, drawn in HTML)', () => {
  const levels = () => levelComparison(tinyProvince(), 'P', 'digitized_result_rate', '2024');
  const lctx = { indicatorName: 'Tỷ lệ số hóa kết quả' };

  it('a row per level, each with its own target as a dash and its text; a level without a figure has no bar', () => {
    const s = levelBars(levels(), THEME, vi, lctx);
    expect(s.rows.map((r) => [r.key, r.name, r.share, r.label, r.target])).toEqual([
      ['tinh', 'Cấp tỉnh', 0.52, '52,0% ✓', { at: 0.5, text: 'Mục tiêu ≥ 50%' }],
      ['huyen', 'Cấp huyện', 0.38, '38,0% !', { at: 0.4, text: 'Mục tiêu ≥ 40%' }],
      ['xa', 'Cấp xã', null, 'Chưa có số liệu', { at: 0.35, text: 'Mục tiêu ≥ 35%' }],
    ]);
    expect(s.target).toBeNull();
    expect(s.ticks.map((t) => t.text)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    // The value's column holds the longest of the labels ('Chưa có số liệu', 15) and the targets' texts (14).
    expect(s.labelChars).toBe(15);
    expect(levelBars({ ...levels(), rows: levels().rows.slice(0, 2) }, THEME, vi, lctx).labelChars).toBe('Mục tiêu ≥ 50%'.length);
  });

  it('says what the canvas chart says: its colours and its summary', () => {
    const s = levelBars(levels(), THEME, en, lctx);
    const o: Loose = levelsOption(levels(), THEME, en, lctx);
    expect(s.rows.slice(0, 2).map((r) => r.color)).toEqual(seriesOf(o).data.slice(0, 2).map((d: Loose) => d.itemStyle.color));
    expect(s.description).toBe(o.aria.label.description);
    expect(s.rows[1].more).toContain('! At risk');
    // The canvas chart's label on each bar, word for word.
    expect(s.rows.slice(0, 2).map((r) => r.label)).toEqual([0, 1].map((i) => seriesOf(o).label.formatter({ dataIndex: i })));
  });
});
