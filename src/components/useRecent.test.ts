import { describe, expect, it } from 'vitest';
import { RecentViews } from './useRecent';

describe('RecentViews: a view asked for again is the same object', () => {
  const model = {};
  const locale = {};

  it('gives back the object made for a key (a drill in and back), without making it again', () => {
    const views = new RecentViews<{ unit: string }>();
    let made = 0;
    const make = (unit: string) => () => { made++; return { unit }; };
    const root = views.get([model, locale], 'HN', make('HN'));
    const child = views.get([model, locale], 'HN-001', make('HN-001'));
    expect(child).not.toBe(root);
    expect(views.get([model, locale], 'HN', make('HN'))).toBe(root);
    expect(made).toBe(2);
  });

  it('forgets everything when what the views come from changes (a new model, another language)', () => {
    const views = new RecentViews<object>();
    const first = views.get([model, locale], 'HN', () => ({}));
    expect(views.get([{}, locale], 'HN', () => ({}))).not.toBe(first);
    const second = views.get([model, { lang: 'en' }], 'HN', () => ({}));
    expect(views.get([model, { lang: 'en' }], 'HN', () => ({}))).not.toBe(second);
  });

  it('keeps the most recently used: the oldest goes first', () => {
    const views = new RecentViews<string>(2);
    views.get([model], 'a', () => 'a1');
    views.get([model], 'b', () => 'b1');
    views.get([model], 'a', () => 'a2'); // a is now the most recent
    views.get([model], 'c', () => 'c1'); // b goes
    expect(views.get([model], 'a', () => 'a3')).toBe('a1');
    expect(views.get([model], 'b', () => 'b2')).toBe('b2');
  });
});
