// Which parts of ECharts an option needs.
import { describe, expect, it } from 'vitest';
import { partsOf } from './parts';

describe('partsOf', () => {
  it('names the series types, a target line and a legend, once each', () => {
    expect(partsOf({ series: [{ type: 'bar', markLine: { data: [] } }, { type: 'bar' }] })).toEqual(['bar', 'markLine']);
    expect(partsOf({ series: [{ type: 'line' }], legend: {} })).toEqual(['legend', 'line']);
    expect(partsOf({ series: { type: 'bar' } })).toEqual(['bar']);
    expect(partsOf({})).toEqual([]);
  });
});
