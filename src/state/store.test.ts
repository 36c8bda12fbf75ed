// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore, PROGRESS_EVERY_MS, receivedMegabytes, resolvedView, shownProgress } from './store';
import { connectHistory } from './history';
import { loadFixture, loadPartitioned } from '../../test/helpers';
import { defaultIndicator } from '../model/views/defaults';

const seeds = loadFixture('fixtures/seeds');
const popped = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }));

describe('store ↔ URL', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('a link opens its view; defaults fill the rest', () => {
    const store = createAppStore({ search: '?unit=259&period=2020-07-01/2023-06-30&level=huyen' });
    store.getState().loaded(seeds, 'bundled', '');
    expect(resolvedView(store.getState())).toEqual({ unit: '259', period: '2020-07-01/2023-06-30', level: 'huyen', indicator: defaultIndicator(seeds, '259', '2020-07-01/2023-06-30', 'huyen') });
  });

  it('a reader\'s change pushes an entry; Back restores the previous view, Forward the next', async () => {
    window.history.replaceState(null, '', '/?unit=91&period=2020-01-01/2020-09-30');
    const store = createAppStore({ search: window.location.search });
    const disconnect = connectHistory(store);
    store.getState().loaded(seeds, 'bundled', '');
    const before = window.history.length;

    store.getState().selectUnit('907');
    expect(window.history.length).toBe(before + 1);
    // Gò Quao in that period, on dossiers received, is the first screen: the link is empty.
    expect(window.location.search).toBe('');
    expect(resolvedView(store.getState())?.unit).toBe('907');
    expect(store.getState().restored).toBe(false);

    // A view brought back by the history says so (the page shows it whole at once); the next one
    // chosen on the page does not.
    const back = popped();
    window.history.back();
    await back;
    expect(resolvedView(store.getState())?.unit).toBe('91');
    expect(store.getState().restored).toBe(true);

    const forward = popped();
    window.history.forward();
    await forward;
    expect(resolvedView(store.getState())?.unit).toBe('907');
    expect(store.getState().restored).toBe(true);
    store.getState().selectUnit('91');
    expect(store.getState().restored).toBe(false);
    disconnect();
  });

  it('the same view twice is one entry; the language is part of the view', () => {
    window.history.replaceState(null, '', '/');
    const store = createAppStore({ search: '' });
    store.getState().loaded(seeds, 'bundled', '');
    const before = window.history.length;
    store.getState().navigate({ unit: store.getState().dataset!.defaults.unit });
    expect(window.history.length).toBe(before);
    store.getState().setLang('en');
    expect(window.location.search).toBe('?lang=en');
  });

  it("a commune chosen before its province's part is read: the view goes there when the part comes, by the rule of any unit chosen, as one entry", () => {
    window.history.replaceState(null, '', '/?data=fixtures/partitioned-levels/');
    const store = createAppStore({ search: window.location.search });
    const summary = loadPartitioned('fixtures/partitioned-levels');
    store.getState().loaded(summary, 'url', 'fixtures/partitioned-levels/');
    const before = window.history.length;
    expect(resolvedView(store.getState())).toMatchObject({ unit: 'VN', level: 'tinh', indicator: 'received' });
    store.getState().selectUnit('07246');
    // Asked for (useDataset loads the part of the unit in the view); the country stays on screen.
    expect(store.getState().view.unit).toBe('07246');
    expect(resolvedView(store.getState())?.unit).toBe('VN');
    store.getState().loaded(loadPartitioned('fixtures/partitioned-levels', ['24']), 'url', 'fixtures/partitioned-levels/', { keepView: true });
    // Xã Xuân Lương has dossiers received at the commune level alone: the view takes that level.
    expect(resolvedView(store.getState())).toMatchObject({ unit: '07246', level: 'xa', indicator: 'received' });
    expect(window.history.length).toBe(before + 1);
    expect(new URLSearchParams(window.location.search).get('unit')).toBe('07246');
    // Another part read later does not move the view again.
    store.getState().navigate({ level: '' });
    store.getState().loaded(loadPartitioned('fixtures/partitioned-levels', ['24', '91']), 'url', 'fixtures/partitioned-levels/', { keepView: true });
    expect(resolvedView(store.getState())).toMatchObject({ unit: '07246', level: '' });
  });

  it('a failed load keeps the dataset on screen, with the reason', () => {
    const store = createAppStore({ search: '', history: null });
    store.getState().loaded(seeds, 'bundled', '');
    store.getState().startLoading({ phase: 'read', loaded: 0, total: 1 });
    store.getState().failed({ kind: 'no-rows', detail: 'observations.csv is empty' });
    expect(store.getState().dataset?.model).toBe(seeds);
    expect(store.getState().error).toEqual({ kind: 'no-rows', detail: 'observations.csv is empty' });
    expect(store.getState().loading).toBeNull();
  });
});

describe('load progress', () => {
  it('changes the store only where the bar would show a change (another phase or another whole percent), within a phase at most once each PROGRESS_EVERY_MS, and at its end', () => {
    // An 82 MB file in 64 KB parts, one each half millisecond (it came in some 600 ms at 1M rows).
    let t = 0;
    const store = createAppStore({ search: '', now: () => t });
    store.getState().startLoading({ phase: 'fetch', loaded: 0, total: 0 });
    const changes: { at: number; shown: string }[] = [];
    store.subscribe((s) => { changes.push({ at: t, shown: shownProgress(s.loading!) }); });
    const total = 81_780_188;
    for (let loaded = 65_536; loaded < total; loaded += 65_536) { t += 0.5; store.getState().progress({ phase: 'fetch', loaded, total }); }
    t += 0.5;
    store.getState().progress({ phase: 'fetch', loaded: total, total });
    // 1,248 parts, 101 whole percents, in 624 ms: a change every 50 ms, then the end.
    expect(changes.length).toBe(14);
    for (let i = 1; i < changes.length - 1; i++) expect(changes[i].at - changes[i - 1].at).toBeGreaterThanOrEqual(PROGRESS_EVERY_MS);
    expect(changes.map((c) => c.shown).slice(0, 3)).toEqual(['fetch 0', 'fetch 8', 'fetch 16']);
    expect(changes.at(-1)).toEqual({ at: 624, shown: 'fetch 100' });
    // The same percent again: no change, however long after.
    t += 1000;
    store.getState().progress({ phase: 'fetch', loaded: total, total });
    expect(changes.length).toBe(14);
    // The next phase at once, even at the same percent, and a total not known yet.
    store.getState().progress({ phase: 'parse', loaded: 0, total: 0 });
    t += 1;
    store.getState().progress({ phase: 'parse', loaded: 20_000, total: 1_000_000 });
    expect(changes.length).toBe(15);
    expect(store.getState().loading).toEqual({ phase: 'parse', loaded: 0, total: 0 });
    t += PROGRESS_EVERY_MS;
    store.getState().progress({ phase: 'parse', loaded: 40_000, total: 1_000_000 });
    expect(changes.at(-1)!.shown).toBe('parse 4');
  });

  it('a file whose length is not told: the store changes at each whole megabyte come, from 1 MB', () => {
    // 64 KB each 10 ms: a phone's network.
    let t = 0;
    const store = createAppStore({ search: '', now: () => t });
    store.getState().startLoading({ phase: 'fetch', loaded: 0, total: 0 });
    let changes = 0;
    store.subscribe(() => { changes++; });
    for (let loaded = 65_536; loaded <= 5_000_000; loaded += 65_536) { t += 10; store.getState().progress({ phase: 'fetch', loaded, total: 0 }); }
    // 1, 2, 3 and 4 MB.
    expect(changes).toBe(4);
    expect(shownProgress(store.getState().loading!)).toBe('fetch 4');
    expect(receivedMegabytes(store.getState().loading!)).toBe(4);
    // Not while reading, nor where the total is known.
    expect(receivedMegabytes({ phase: 'parse', loaded: 5_000_000, total: 0 })).toBeUndefined();
    expect(receivedMegabytes({ phase: 'fetch', loaded: 5_000_000, total: 9_000_000 })).toBeUndefined();
    expect(receivedMegabytes({ phase: 'fetch', loaded: 999_999, total: 0 })).toBeUndefined();
  });
});
