import { describe, expect, it } from 'vitest';
import { childComparison } from '../../model/views/compare';
import { en, tinyProvince, vi } from '../../charts/testutil';
import { valueCell } from './cells';
import { panelDownload, sourcesText } from './panelDownload';
import type { ValueView } from '../../model/views/value';

describe('panel downloads', () => {
  it('the comparison table as cells: figures as numbers, target and status in words', () => {
    const model = tinyProvince();
    const cv = childComparison(model, 'P', 'on_time_rate', '2024');
    const d = panelDownload(model, { unit: 'P', indicator: 'on_time_rate', period: '2024', level: '' } as never, vi, {
      stem: 'so-sanh', title: 'So sánh',
      table: (c) => ({
        header: c.comparisonHeader('Đơn vị', 'Tỷ lệ đúng hạn', '%', vi),
        rows: cv.rows.map((r) => [r.name, ...c.comparisonCells(r.value, r.status, 'rate', vi)]), values: cv.rows.map((r) => r.value),
      }),
    });
    expect(d.name).toBe('so-sanh-tinh-p-2024');
    expect(d.header).toEqual(['Đơn vị', 'Tỷ lệ đúng hạn (%)', 'Mục tiêu', 'Chênh lệch (điểm %)', 'Đánh giá']);
    expect(d.rows).toEqual([
      ['Huyện B', 97.5, '≥ 95%', 2.5, '✓ Đạt'],
      ['Huyện C', 93, '≥ 95%', -2, '! Cần chú ý'],
      ['<img src=x onerror=alert(1)>', 80, '≥ 95%', -15, '✗ Chưa đạt'],
    ]);
    // No figure names a source here: the dataset's files stand in.
    expect(d.caption).toMatchObject({ title: 'So sánh', unit: 'Tỉnh P', period: 'Năm 2024', source: 'units.csv; observations.csv và 1 nguồn khác' });
    expect(d.caption.date).toBe('31/12/2024');
  });

  it('a qualified figure stays in words; sources named once, the first two in full', () => {
    const v = { value: 7800, qualifier: '>', decimals: 0, kind: 'count' } as ValueView;
    expect(valueCell(v, vi)).toBe('>\u00a07.800');
    expect(valueCell({ ...v, qualifier: '=', value: 94.857, decimals: 2, kind: 'rate' }, vi)).toBe(94.86);
    expect(sourcesText(['A', 'B', 'A', '', 'C', 'D'], en)).toBe('A; B and 2 more sources');
    expect(sourcesText([' A ', 'A'], vi)).toBe('A');
  });
});
