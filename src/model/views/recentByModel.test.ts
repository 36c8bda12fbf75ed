// Views remembered per model: computed once for the same question, forgotten with the model.
import { describe, expect, it } from 'vitest';
import { recentByModel } from './recentByModel';
import { childComparison } from './compare';
import { mapView } from './map';
import { kpiView } from './kpis';
import { indicatorGroups, periodGroups } from './pickers';
import { withTargets, type Model } from '../model';
import { loadFixture } from '../../../test/helpers';

const byName = () => loadFixture('fixtures/units/provinces-by-name');

describe('recentByModel', () => {
  it('answers the same question from memory, and another question anew', () => {
    const model = byName();
    let calls = 0;
    const view = recentByModel((m: Model, unit: string, indicator: string) => ({ n: ++calls, unit, indicator, units: m.tree.units.size }));
    const a = view(model, 'VN', 'par_index');
    expect(view(model, 'VN', 'par_index')).toBe(a);
    expect(view(model, 'VN', 'sipas_index')).not.toBe(a);
    expect(calls).toBe(2);
  });

  it('forgets what a model answered when asked of another model (the plan\'s edits make one)', () => {
    const model = byName();
    let calls = 0;
    const view = recentByModel((_m: Model, unit: string) => ({ n: ++calls, unit }));
    const a = view(model, 'VN');
    const edited = withTargets(model, []);
    expect(view(edited, 'VN')).not.toBe(a);
    expect(view(model, 'VN')).toBe(a);
    expect(calls).toBe(2);
  });

  it('keeps the last `size` answers: the oldest goes first, one asked again is kept', () => {
    const model = byName();
    let calls = 0;
    const view = recentByModel((_m: Model, key: string) => ({ n: ++calls, key }), 2);
    const a = view(model, 'a');
    view(model, 'b');
    expect(view(model, 'a')).toBe(a); // a is now the most recent
    view(model, 'c'); // b goes
    expect(view(model, 'a')).toBe(a);
    expect(calls).toBe(3);
    view(model, 'b');
    expect(calls).toBe(4);
  });
});

describe('the comparison, remembered', () => {
  it('the map ranks the very rows the comparison ranked: the 63 provinces of 2023 are ranked once', () => {
    const model = byName();
    const cv = childComparison(model, 'VN', 'par_index', '2023');
    expect(childComparison(model, 'VN', 'par_index', '2023', '')).toBe(cv);
    const mv = mapView(model, 'VN', 'par_index', '2023');
    expect(mv.ranked).toBe(cv.rows.length);
    expect(mv.regions.filter((r) => r.rank === 1).map((r) => r.unit)).toEqual([cv.rows[0].unit]);
    expect(childComparison(model, 'VN', 'par_index', '2022')).not.toBe(cv);
  });
});

describe('the first screen\'s views, remembered', () => {
  it('a drill in and back finds the cards and the filter bar\'s lists it had (Bắc Kạn, Q1 2022)', () => {
    const model = loadFixture('fixtures/seeds');
    const cards = kpiView(model, '06', '2022-Q1');
    expect(cards.cards.length).toBeGreaterThan(0);
    expect(kpiView(model, '06', '2022-Q1', '')).toBe(cards);
    expect(indicatorGroups(model, '06')).toBe(indicatorGroups(model, '06'));
    expect(periodGroups(model, '06')).toBe(periodGroups(model, '06'));
    // Without a unit, the whole dataset's indicators, computed each time (nothing to key them by).
    expect(indicatorGroups(model)).toEqual(indicatorGroups(model));
  });
});
