import { describe, expect, it } from 'vitest';
import { sameOnView } from './onView';

const view = { unit: '91', indicator: 'resolution_rate', period: '2020', level: '' };
const onSelect = () => {};
const model = {};

describe('sameOnView', () => {
  const status = sameOnView(['unit', 'period', 'level']);

  it('a new indicator leaves a panel without one as it is', () => {
    expect(status({ model, view, onSelect }, { model, view: { ...view, indicator: 'on_time_rate' }, onSelect })).toBe(true);
  });

  it('a new unit, period or level of its own renders it again', () => {
    expect(status({ model, view, onSelect }, { model, view: { ...view, unit: '907' }, onSelect })).toBe(false);
    expect(status({ model, view, onSelect }, { model, view: { ...view, period: '2021' }, onSelect })).toBe(false);
    expect(status({ model, view, onSelect }, { model, view: { ...view, level: 'huyen' }, onSelect })).toBe(false);
  });

  it('any other prop that is another object renders it again (a new model, language or handler)', () => {
    expect(status({ model, view, onSelect }, { model: {}, view, onSelect })).toBe(false);
    expect(status({ model, view, onSelect }, { model, view, onSelect: () => {} })).toBe(false);
    expect(status({ model, view }, { model, view, onSelect })).toBe(false);
  });

  it('a panel without a view (the data-quality panel) follows its props alone', () => {
    const quality = sameOnView([]);
    expect(quality({ model }, { model })).toBe(true);
    expect(quality({ model }, { model: {} })).toBe(false);
  });
});
