// What the keyboard announces for each bar: its category and its drawn label.
import { describe, expect, it } from 'vitest';
import { childComparison } from '../model/views/compare';
import { compareOption } from './compare';
import { itemLabels } from './keyboard';
import { THEME } from './theme';
import { tinyProvince, vi } from './testutil';

describe('itemLabels', () => {
  it('the comparison: each unit with its value and status icon, best first', () => {
    const o = compareOption(childComparison(tinyProvince(), 'P', 'on_time_rate', '2024'), THEME, vi, { indicatorName: 'x' });
    expect(itemLabels(o)).toEqual(['Huyện B: 97,5% ✓', 'Huyện C: 93,0% !', '<img src=x onerror=alert(1)>: 80,0% ✗']);
  });

  it('a chart without a category axis or label: the values', () => {
    expect(itemLabels({ series: [{ data: [1, { value: 2 }] }] })).toEqual(['1', '2']);
    expect(itemLabels({})).toEqual([]);
  });
});
