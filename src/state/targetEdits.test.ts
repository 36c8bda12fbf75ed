// The edits store: per dataset, one record per target, kept across connections (reloads) until
// discarded; two connections (tabs) keep each other's edits and hear of them.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newTargetId, openTargetEdits, type TargetEditsStore } from './targetEdits';
import { datasetKey, type TargetDraft } from '../model/targets/edits';

const DRAFT: TargetDraft = { plan: 'KH 1', period: '2022', unit: '06-STP', level: null, indicator: 'online_full_rate', op: '>=', value: 80, note: '' };
const SEEDS = datasetKey({ origin: 'bundled', source: '', files: ['units.csv', 'observations.csv'] });
const OTHER = datasetKey({ origin: 'files', source: '', files: ['observations.csv'] });

let n = 0;
const open: TargetEditsStore[] = [];
const connect = async (name: string) => { const s = await openTargetEdits(name); open.push(s); return s; };
afterEach(() => { for (const s of open.splice(0)) s.close(); });

const byId = <T extends { id: string }>(edits: T[]): T[] => [...edits].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the target edits store', () => {
  it('names a dataset by where it came from and its files, in any order', () => {
    expect(datasetKey({ origin: 'bundled', source: '', files: ['observations.csv', 'units.csv'] })).toBe(SEEDS);
    expect(SEEDS).not.toBe(OTHER);
    expect(newTargetId()).toMatch(/^u:[0-9a-f]{24}$/);
  });

  it('adds, changes and deletes a target, per dataset', async () => {
    const s = await connect(`t${++n}`);
    await s.put(SEEDS, 'u:1', DRAFT);
    await s.put(SEEDS, 'u:1', { ...DRAFT, value: 85 });
    await s.put(SEEDS, 'ds:KH|2022|06|*|satisfaction_rate', null);
    await s.put(OTHER, 'u:2', DRAFT);
    const edits = byId(await s.list(SEEDS));
    expect(edits.map((e) => [e.id, e.target?.value ?? null])).toEqual([['ds:KH|2022|06|*|satisfaction_rate', null], ['u:1', 85]]);
    expect((await s.list(OTHER)).map((e) => e.id)).toEqual(['u:2']);
  });

  it('keeps them across a new connection (a reload) until they are discarded, for that dataset only', async () => {
    const name = `t${++n}`;
    const first = await connect(name);
    await first.put(SEEDS, 'u:1', DRAFT);
    await first.put(OTHER, 'u:2', DRAFT);
    first.close();
    const again = await connect(name);
    expect((await again.list(SEEDS)).map((e) => [e.id, e.target])).toEqual([['u:1', DRAFT]]);
    await again.discard(SEEDS);
    expect(await again.list(SEEDS)).toEqual([]);
    expect((await again.list(OTHER)).map((e) => e.id)).toEqual(['u:2']);
  });

  it('two tabs: each keeps the other\'s edits, the last write of a target wins, and the other tab is told', async () => {
    const name = `t${++n}`;
    const a = await connect(name);
    const b = await connect(name);
    const heardByB: string[] = [];
    const heardByA: string[] = [];
    b.subscribe(SEEDS, () => heardByB.push('seeds'));
    b.subscribe(OTHER, () => heardByB.push('other'));
    a.subscribe(SEEDS, () => heardByA.push('seeds'));
    await a.put(SEEDS, 'u:a', DRAFT);
    await b.put(SEEDS, 'u:b', { ...DRAFT, value: 70 });
    await a.put(SEEDS, 'u:b', { ...DRAFT, value: 75 });
    expect(byId(await b.list(SEEDS)).map((e) => [e.id, e.target?.value])).toEqual([['u:a', 80], ['u:b', 75]]);
    await vi.waitFor(() => expect([heardByB.length, heardByA.length]).toEqual([2, 1]));
    // Each hears the other's writes, not its own, and only for the dataset it listens to.
    expect([heardByB, heardByA]).toEqual([['seeds', 'seeds'], ['seeds']]);
  });
});
