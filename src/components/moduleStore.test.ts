import { describe, expect, it } from 'vitest';
import { ModuleStore } from './moduleStore';

describe('ModuleStore', () => {
  it('fetches once, tells its listeners when the module has come, and holds it from then on', async () => {
    let calls = 0;
    const store = new ModuleStore(async () => { calls++; return { name: 'EChart' }; });
    let told = 0;
    store.subscribe(() => { told++; });
    expect(store.current).toBeNull();
    const first = store.load();
    expect(store.load()).toBe(first);
    await first;
    expect(store.current).toEqual({ name: 'EChart' });
    expect(told).toBe(1);
    await store.load();
    expect(calls).toBe(1);
  });

  it('after a failure (a chunk that did not come), says why and asks again when loaded again', async () => {
    let calls = 0;
    const store = new ModuleStore(async () => { calls++; if (calls === 1) throw new Error('offline'); return 'module'; });
    await expect(store.load()).rejects.toThrow('offline');
    expect(store.failure?.error).toEqual(new Error('offline'));
    expect(store.current).toBeNull();
    await expect(store.load()).resolves.toBe('module');
    expect(store.failure).toBeNull();
    expect(store.current).toBe('module');
    expect(calls).toBe(2);
  });
});
