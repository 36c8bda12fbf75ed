// Which parts of ECharts an option needs.
import { describe, expect, it } from 'vitest';
import { interactionPartsOf, partsOf } from './parts';

describe('partsOf', () => {
  it('names the series types, a target line and a legend, once each', () => {
    expect(partsOf({ series: [{ type: 'bar', markLine: { data: [] } }, { type: 'bar' }] })).toEqual(['bar', 'markLine']);
    expect(partsOf({ series: [{ type: 'line' }], legend: {} })).toEqual(['legend', 'line']);
    expect(partsOf({ series: { type: 'bar' } })).toEqual(['bar']);
    expect(partsOf({})).toEqual([]);
  });
});

describe('interactionPartsOf', () => {
  it('names the tooltip, loaded after the chart draws, for an option that has one (never as a part to draw)', () => {
    expect(interactionPartsOf({ tooltip: { trigger: 'item' }, series: [{ type: 'bar' }] })).toEqual(['tooltip']);
    expect(interactionPartsOf({ series: [{ type: 'bar' }] })).toEqual([]);
    expect(partsOf({ tooltip: { trigger: 'axis' }, series: [{ type: 'bar' }] })).toEqual(['bar']);
  });
});
