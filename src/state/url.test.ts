import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseSearch, toSearch, type ViewState } from './url';

const defaults = { unit: '06', indicator: 'online_full_rate', period: '2022-Q1', level: '' };

describe('the view in the URL', () => {
  it('reads every parameter, canonical periods with their slash', () => {
    expect(parseSearch('?unit=259&period=2020-07-01/2023-06-30&level=huyen&indicator=resolution_rate&lang=en&data=my/data.csv&today=1')).toEqual({
      unit: '259', period: '2020-07-01/2023-06-30', level: 'huyen', indicator: 'resolution_rate', lang: 'en', data: 'my/data.csv', today: true,
    });
    expect(parseSearch('')).toEqual(EMPTY_VIEW);
    expect(parseSearch('?period=2020-07-01%2F2023-06-30').period).toBe('2020-07-01/2023-06-30');
  });

  it('writes only what differs from the defaults', () => {
    expect(toSearch({ ...EMPTY_VIEW, ...defaults }, defaults)).toBe('');
    expect(toSearch({ ...EMPTY_VIEW, unit: '259', period: '2020-07-01/2023-06-30', level: 'huyen' }, defaults)).toBe('?unit=259&period=2020-07-01/2023-06-30&level=huyen');
    expect(toSearch({ ...EMPTY_VIEW, lang: 'en' }, defaults)).toBe('?lang=en');
  });

  it('the total over levels, when it is not the default, is level=all', () => {
    const d = { ...defaults, level: 'huyen' };
    expect(toSearch({ ...EMPTY_VIEW, level: '' }, d)).toBe('?level=all');
    expect(parseSearch('?level=all').level).toBe('');
    expect(parseSearch('?level=').level).toBe('');
  });

  it('today\'s units are today=1; as published is the default and says nothing', () => {
    expect(toSearch({ ...EMPTY_VIEW, today: true }, defaults)).toBe('?today=1');
    expect(parseSearch('?today=1').today).toBe(true);
    expect(parseSearch('?unit=24').today).toBe(false);
  });

  it('round trip: URL → view → URL → view', () => {
    const views: ViewState[] = [
      { unit: '907', indicator: 'resolution_rate', period: '2020-01-01/2020-09-30', level: 'xa', lang: 'en', data: '', today: false },
      { unit: 'Đơn vị & co', indicator: null, period: '2023-Q1', level: '', lang: 'vi', data: 'data/other folder/', today: false },
      { unit: '24', indicator: 'received', period: '2023', level: '', lang: 'vi', data: '', today: true },
      EMPTY_VIEW,
    ];
    for (const v of views) {
      const once = parseSearch(toSearch(v, defaults));
      expect(parseSearch(toSearch(once, defaults))).toEqual(once);
      for (const k of ['unit', 'indicator', 'period', 'level', 'lang', 'data', 'today'] as const) {
        if (v[k] !== (defaults as Record<string, unknown>)[k]) expect(once[k]).toEqual(v[k]);
      }
    }
  });
});
